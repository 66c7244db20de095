"""pt: Bicicletaria Alto da XV (made up), bicycle repair and sales shop in Curitiba (Paraná), Brazilian Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_REVISAO = "Quanto custa a revisão da bike?"
Q_PNEU = "Vocês consertam pneu furado?"
Q_AGENDAR = "Preciso agendar o serviço?"
Q_USADAS = "Vocês vendem bikes usadas?"
Q_ELETRICA = "Vocês vendem e consertam bicicletas elétricas?"
Q_ALUGUEL = "Vocês alugam bicicletas?"
Q_PAGAMENTO = "Quais formas de pagamento vocês aceitam?"
Q_GARANTIA = "Qual é a garantia das bikes e dos serviços?"
Q_BUSCA = "Vocês buscam e entregam a bike em casa?"
Q_HORARIO = "Qual é o horário de funcionamento e o endereço?"
Q_ORCAMENTO = "O orçamento é gratuito?"
Q_CANCELAR = "Posso cancelar um pedido ou encomenda?"
Q_TAMANHO = "Como escolho o tamanho certo da bike?"
Q_PECAS = "Vocês vendem peças e acessórios?"
Q_INFANTIL = "Vocês têm bike infantil?"

FAQ = [
    (Q_REVISAO,
     "Revisão básica R$ 90 (regulagem de freios e câmbio, lubrificação da corrente, calibragem); revisão completa "
     "R$ 180 (desmontagem, limpeza e lubrificação de rolamentos e movimento central). Peças trocadas são cobradas à "
     "parte. Prazo de 2 a 3 dias úteis.",
     "serviços", ["revisão", "manutenção", "regulagem", "lubrificação", "revisão completa"],
     ["quanto é pra revisar a bike", "o que inclui a revisão completa", "quanto tempo fica a bike na revisão"]),
    (Q_PNEU,
     "Sim, na hora e sem agendamento: remendo de câmara R$ 20, câmara nova instalada a partir de R$ 35, pneu novo "
     "instalado a partir de R$ 89. Leva uns 20 minutos. Também colocamos líquido selante (R$ 40 por roda).",
     "serviços", ["pneu furado", "câmara de ar", "remendo", "selante", "pneu"],
     ["furou o pneu da minha bike", "quanto custa trocar a câmara"]),
    (Q_AGENDAR,
     "Revisões são agendadas pelo WhatsApp (41) 3015-8824 e a bike fica 2 a 3 dias úteis. Pequenos reparos (pneu, "
     "freio, corrente) são feitos sem agendamento, por ordem de chegada. De setembro a dezembro a fila é maior: agende "
     "com 1 semana de antecedência.",
     "serviços", ["agendar", "agendamento", "marcar horário", "fila", "ordem de chegada"],
     ["preciso marcar horário", "posso levar a bike sem avisar"]),
    (Q_USADAS,
     "Sim, bikes seminovas revisadas a partir de R$ 650, com 3 meses de garantia. Também aceitamos a sua bike usada "
     "como parte do pagamento, depois de uma avaliação grátis na loja (o valor depende do estado e do modelo).",
     "vendas", ["usada", "seminova", "segunda mão", "troca", "avaliação"],
     ["tem bike seminova", "vocês pegam minha bike na troca"]),
    (Q_ELETRICA,
     "Vendemos bicicletas elétricas urbanas a partir de R$ 6.900 (autonomia de 40 a 80 km por carga) e fazemos revisão "
     "de e-bikes por R$ 150, além do diagnóstico elétrico por R$ 60. Consertos na bateria ou no motor em garantia são "
     "enviados à assistência da marca.",
     "elétricas", ["elétrica", "e-bike", "bateria", "motor", "pedal assistido"],
     ["quanto custa uma e-bike", "vocês arrumam bike elétrica"]),
    (Q_ALUGUEL,
     "Sim: bike urbana R$ 40 por dia ou R$ 70 o fim de semana (sábado 9h até segunda 10h); e-bike R$ 120 por dia ou "
     "R$ 200 o fim de semana. Precisa de documento com foto e caução de R$ 300 por PIX, devolvida na entrega. Capacete "
     "e cadeado inclusos.",
     "aluguel", ["aluguel", "alugar", "locação", "fim de semana", "caução"],
     ["quanto é pra alugar uma bike", "dá pra alugar e-bike"]),
    (Q_PAGAMENTO,
     "Aceitamos PIX (5 % de desconto em serviços), cartão de débito e crédito. Bikes acima de R$ 1.000 em até 10x sem "
     "juros no cartão; serviços em até 3x. Não aceitamos cheque.",
     "pagamento", ["pix", "cartão", "parcelar", "débito", "forma de pagamento"],
     ["aceita pix", "dá pra parcelar"]),
    (Q_GARANTIA,
     "Bikes novas: 1 ano de garantia contra defeito de fabricação (quadro conforme o fabricante, até 5 anos) e a "
     "primeira revisão grátis em até 60 dias, para ajustar câmbio e freios. Bikes usadas: 3 meses. Serviços: 30 dias. "
     "Traga a nota fiscal.",
     "garantia", ["garantia", "defeito", "nota fiscal", "primeira revisão grátis"],
     ["a bike tem garantia", "o serviço tem garantia"]),
    (Q_BUSCA,
     "Sim, o leva e traz em Curitiba custa R$ 30 por trajeto e é grátis para serviços acima de R$ 300. Na região "
     "metropolitana o valor é combinado. Agende pelo WhatsApp (41) 3015-8824 com 1 dia de antecedência.",
     "serviços", ["leva e traz", "buscar", "entrega", "domicílio", "frete"],
     ["vocês pegam a bike em casa", "fazem entrega"]),
    (Q_HORARIO,
     "Rua Itupava 1184, Alto da XV, Curitiba. Segunda a sexta das 9h às 18h30, sábado das 9h às 14h; domingo e feriado "
     "fechado. WhatsApp (41) 3015-8824.",
     "geral", ["horário", "endereço", "aberto", "domingo", "whatsapp"],
     ["que horas vocês abrem", "onde fica a loja"]),
    (Q_ORCAMENTO,
     "Sim, o orçamento é grátis e sem compromisso, pronto em até 24 horas. Se você não aprovar, não paga nada. Depois "
     "de avisado que a bike está pronta ou que o orçamento foi recusado, a bike pode ficar 30 dias sem custo; a partir "
     "daí cobramos taxa de permanência de R$ 5 por dia.",
     "serviços", ["orçamento", "avaliação", "diagnóstico", "sem compromisso", "taxa de permanência"],
     ["vocês cobram pra olhar a bike", "quanto tempo posso deixar a bike aí"]),
    (Q_CANCELAR,
     "Bikes encomendadas podem ser canceladas sem custo até chegarem na loja; o sinal de 20 % é devolvido por PIX em até "
     "5 dias úteis. Depois que a bike chegou, o sinal fica como crédito na loja. Serviços podem ser cancelados antes de "
     "começar; peças já pedidas são cobradas.",
     "vendas", ["cancelar", "cancelamento", "desistir", "sinal", "reembolso"],
     ["quero desistir da compra", "devolvem o sinal"]),
    (Q_TAMANHO,
     "Depende da altura: até 1,60 m quadro 13-15 (S), 1,60-1,75 m quadro 16-17 (M), 1,75-1,85 m quadro 18-19 (L), acima "
     "de 1,85 m quadro 20-21 (XL). Na loja você testa antes de comprar; o bike fit completo custa R$ 250.",
     "vendas", ["tamanho", "quadro", "altura", "bike fit", "medida"],
     ["qual quadro pra minha altura", "tenho 1,70 qual tamanho"]),
    (Q_PECAS,
     "Sim: câmaras, pneus, correntes, freios, luzes, cadeados, capacetes (a partir de R$ 89), garrafinhas e bagageiros. "
     "A instalação de peças compradas na loja é grátis.",
     "vendas", ["peças", "acessórios", "capacete", "cadeado", "farol"],
     ["vocês vendem capacete", "tem peça pra minha bike"]),
    (Q_INFANTIL,
     "Sim: bike de equilíbrio (sem pedal, 2 a 4 anos) R$ 320; aro 16 (4 a 6 anos) a partir de R$ 450; aro 20 (6 a 9 "
     "anos) a partir de R$ 590; aro 24 (9 a 12 anos) a partir de R$ 750. Rodinhas laterais R$ 60 instaladas.",
     "vendas", ["infantil", "criança", "aro 16", "rodinhas", "bike de equilíbrio"],
     ["tem bike pra criança", "qual aro pra uma criança de 5 anos"]),
]

PLAN = [
    [  # 1 service + PIX, flat tyre, appointment
        ("oi, boa tarde! quanto sai uma revisão completa? e da pra pagar no pix?",
         "Small talk greeting + " + both(Q_REVISAO, Q_PAGAMENTO) + " — full service R$ 180 (basic R$ 90), parts extra, 2-3 working days; PIX accepted with 5 % off services.",
         "Only one half without pointing to the other; the free-quote entry; 'not covered'."),
        ("e se for só um pneu furado?",
         faq(Q_PNEU) + " — on the spot, no appointment: patch R$ 20, new tube from R$ 35, about 20 minutes.",
         "The service entry again; the parts entry only; asking what he means."),
        ("posso levar ela direto ou tem que avisar antes?",
         faq(Q_AGENDAR) + " — small repairs (like a flat) without appointment, first come first served; services booked by WhatsApp.",
         "The pick-up entry; the opening hours alone; 'not covered'."),
        ("show, valeu! até sábado",
         "Small talk: thanks + goodbye (acknowledgement, 'show' = great, 'valeu' = thanks) — short closing.",
         "An FAQ entry (Saturday hours is acceptable only as one short line); choices; a handover."),
    ],
    [  # 2 vague e-bike, typed question while choices show, helmet, bot?
        ("bike eletrica",
         "Too vague to answer — choices (buying an e-bike, e-bike service, rental) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("to querendo uma pra ir pro serviço sem chegar todo suado, a partir de quanto sai?",
         TYPE + faq(Q_ELETRICA) + " — urban e-bikes from R$ 6.900, 40-80 km per charge.",
         "Tapping an earlier choice; the service-price entry ('serviço' = work here); the rental entry."),
        ("e capacete tem?",
         faq(Q_PECAS) + " — yes, helmets from R$ 89 (free fitting of parts bought there).",
         "The rental entry (helmet included) as the only answer; asking what she means."),
        ("pera, eu to falando com um robô?",
         "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague problem, typed rejection, new bike skipping gears, paint
        ("problema na bike",
         "Too vague to answer — choices (flat tyre, service, guarantee) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("nenhuma dessas opções",
         TYPE + "Typed rejection — asks what the problem is / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("comprei aí mês passado e a corrente fica pulando toda hora quando troco a marcha",
         faq(Q_GARANTIA) + " — new bikes: first service free within 60 days to adjust gears and brakes (and 1 year against defects); bring the invoice.",
         "The paid service entry (R$ 90/180) as if he had to pay; the second-hand entry ('troca'); a handover without the answer."),
        ("vocês fazem pintura de quadro? queria deixar ela preta fosca",
         "Not covered by the FAQ (near the trade: frame painting is not among their services) — says so honestly, offers a person.",
         "Pretending they paint frames with a price; the service or parts entry as if it covered it."),
    ],
    [  # 4 second-hand + size, push-back (trade-in), angry person, waiting
        ("quero uma usada pra minha filha, ela tem 1,55. tem? e qual tamanho serve nela",
         both(Q_USADAS, Q_TAMANHO) + " — second-hand bikes from R$ 650 with 3 months' guarantee; up to 1,60 m frame 13-15 (S), try in the shop.",
         "Only one half without pointing to the other; the children's-bike entry only (she may be an adult-sized teen: mentioning it as well is fine); 'not covered'."),
        ("não foi isso que eu perguntei. e se eu levar a minha velha, vocês pegam como parte do pagamento?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_USADAS) + " — yes, their old bike is accepted as part payment after a free evaluation.",
         "Ignoring the complaint and repeating the previous answer; the payment-methods entry; an immediate handover without answering."),
        ("aff, que saco, me passa pra alguém de verdade aí",
         "Hands over to a person (direct request, angry) — short apology, no more FAQ answers.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("oi?? tem alguém aí",
         WAIT + AFTER + "Waiting — reassures that a person will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat started again; promising a time."),
    ],
    [  # 5 angry about storage fee, unrelated, callback, waiting
        ("que absurdo, fui buscar minha bike e tão me cobrando 200 reais a mais só porque ela ficou aí um tempo, ninguém me avisou nada",
         faq(Q_ORCAMENTO) + " — after being told the bike is ready (or the quote refused) it stays 30 days free, then R$ 5 a day. Calm, acknowledges the anger; offering a person (to check whether he was told) is fine.",
         "The service-price entry; a cold answer ignoring the anger; saying the fee is cancelled; a handover with no explanation."),
        ("vc sabe se tem jogo do coxa no domingo?",
         "Not covered (unrelated: a Coritiba football match) — says it cannot help with that, no FAQ answer.",
         "Any FAQ answer (Sunday closed is fine only as an aside, not as the answer); inventing an answer."),
        ("pode me ligar? (41) 99812-4470, depois das 18h",
         "Hands over / arranges a callback to (41) 99812-4470 after 6 pm; no FAQ answer.",
         "Ignoring the number; the opening-hours entry (closes 18h30); saying they cannot call."),
        ("e vão demorar muito pra ligar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The service duration (2-3 days) or any FAQ entry; promising an exact time."),
    ],
    [  # 6 no longer wants the ordered bike, ambiguous yes, deposit, dialect person
        ("pedi aquela speed de aro 700 semana passada mas não vou mais querer, consegui uma de um amigo",
         faq(Q_CANCELAR) + " — an ordered bike can be cancelled at no cost until it arrives in the shop, deposit back by PIX within 5 working days (after arrival it stays as store credit); do not claim it is cancelled.",
         "Claiming the order has been cancelled; the second-hand/trade-in entry; trying to sell."),
        ("sim",
         "Ambiguous yes — asks what he means or says what happens next (a person / how to cancel); must not claim anything was cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("e os 300 reais que eu dei de entrada, volta?",
         faq(Q_CANCELAR) + " — yes by PIX within 5 working days if the bike has not arrived yet; otherwise store credit.",
         "The rental deposit (caução R$ 300) entry; the payment-methods entry."),
        ("capaz! nem a pau que vou resolver isso por chat, me passa pra alguém da loja",
         "Hands over to a person (Curitiba 'capaz!' = no way) — short, no FAQ answer.",
         "An FAQ answer (address); not understanding the request; asking to rephrase."),
    ],
    [  # 7 rental + Sunday, e-bike rental, kids' bike + delivery
        ("bom dia! vcs alugam bike pro fim de semana? e abrem no domingo?",
         "Small talk greeting + " + both(Q_ALUGUEL, Q_HORARIO) + " — city bike R$ 70 the weekend (Sat 9h to Mon 10h), ID and R$ 300 deposit by PIX; closed on Sundays (Sat 9h-14h).",
         "Only one half without pointing to the other; the e-bike sales entry; 'not covered'."),
        ("e a elétrica tb?",
         faq(Q_ALUGUEL) + " — e-bike R$ 120 a day or R$ 200 the weekend.",
         "The e-bike sales entry (R$ 6.900); asking what she means."),
        ("beleza. meu piá tem 5 anos, tem bike pro tamanho dele? e vcs entregam em casa?",
         both(Q_INFANTIL, Q_BUSCA) + " — 16-inch (4-6 years) from R$ 450, training wheels R$ 60; pick-up/delivery in Curitiba R$ 30 per trip (free over R$ 300 of service).",
         "Only one half without pointing to the other; the size entry for adults; the rental entry."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
