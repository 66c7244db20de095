"""pt: Corre Já Motofrete (made up), a motorcycle courier (motoboy) service in São Paulo, Brazilian Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa uma entrega?"
Q_PRAZO = "Quanto tempo demora a entrega?"
Q_URGENTE = "Vocês fazem entrega urgente?"
Q_TAMANHO = "Qual o tamanho e o peso máximo do pacote?"
Q_REGIOES = "Quais regiões vocês atendem?"
Q_PEDIR = "Como eu peço um motoboy?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_NOTA = "Vocês emitem nota fiscal para empresa?"
Q_RASTREIO = "Como acompanho minha entrega?"
Q_DANO = "E se minha encomenda chegar danificada ou sumir?"
Q_CANCELAR = "Como cancelo uma entrega?"
Q_PLANO = "Vocês têm plano mensal para empresas?"
Q_AUSENTE = "O que acontece se não tiver ninguém para receber?"
Q_RETORNO = "Vocês fazem entrega com retorno (ida e volta)?"
Q_HORARIO = "Qual o horário de atendimento?"

FAQ = [
    (Q_PRECO,
     "A entrega comum custa R$ 12 até 5 km e R$ 1,80 por km a mais, contado pelo trajeto mais curto entre a coleta e a "
     "entrega. Espera acima de 10 minutos custa R$ 0,50 por minuto. O app mostra o preço exato antes de você confirmar.",
     "preços", ["preço", "valor", "por km", "taxa", "frete"],
     ["quanto fica uma corrida", "qual o valor do km", "quanto cobram por entrega"]),
    (Q_PRAZO,
     "Na entrega comum o motoboy chega para a coleta em 30 a 60 minutos, e a entrega leva de 40 a 90 minutos dentro da "
     "capital, conforme a distância e o trânsito. Pedidos feitos até as 17h são entregues no mesmo dia.",
     "entregas", ["prazo", "tempo de entrega", "demora", "mesmo dia"],
     ["em quanto tempo chega", "entregam no mesmo dia", "quanto tempo o motoboy leva"]),
    (Q_URGENTE,
     "Sim, a entrega expressa: um motoboy só para o seu pedido, que chega para a coleta em até 20 minutos e vai direto ao "
     "destino. Custa R$ 15 a mais que a entrega comum. Se a coleta atrasar mais de 20 minutos por nossa culpa, devolvemos "
     "os R$ 15.",
     "entregas", ["urgente", "expressa", "prioridade", "exclusivo", "rápido"],
     ["preciso pra agora", "tem entrega expressa", "quanto custa a urgente"]),
    (Q_TAMANHO,
     "Tudo tem que caber no baú da moto: até 44 x 44 x 40 cm e 20 kg. Envelopes e documentos vão sem limite de "
     "quantidade até esse peso. Não levamos animais, dinheiro em espécie, vidro sem embalagem nem produtos inflamáveis.",
     "entregas", ["tamanho", "peso", "baú", "medidas", "o que cabe"],
     ["cabe uma caixa grande", "qual o peso maximo", "vcs levam coisa pesada"]),
    (Q_REGIOES,
     "Toda a cidade de São Paulo, o ABC (Santo André, São Bernardo e São Caetano), Guarulhos, Osasco e Barueri. Para o "
     "aeroporto de Guarulhos e para distâncias acima de 40 km, consulte antes pelo WhatsApp (11) 98844-3107.",
     "entregas", ["regiões", "bairros", "cidades", "Grande São Paulo", "área de entrega"],
     ["vcs vao ate o abc", "entregam em osasco", "atendem fora de sp"]),
    (Q_PEDIR,
     "Pelo app Corre Já (Android e iPhone), pelo site, pelo WhatsApp (11) 98844-3107 ou pelo telefone (11) 3477-2190. "
     "Informe o endereço de coleta e de entrega e o nome e o telefone de quem recebe; em 2 minutos você recebe a "
     "confirmação com o preço. Também dá para agendar para outro dia.",
     "pedidos", ["pedir", "chamar motoboy", "app", "WhatsApp", "agendar"],
     ["como chamo um motoboy", "da pra agendar pra amanha", "tem aplicativo"]),
    (Q_PAGAMENTO,
     "Pix, cartão de crédito ou débito pelo app, ou dinheiro direto com o motoboy (ele leva troco para até R$ 50). "
     "Empresas com plano mensal pagam por boleto, com vencimento no dia 10.",
     "pagamento", ["pagamento", "pix", "cartão", "dinheiro", "boleto"],
     ["aceita pix", "posso pagar em dinheiro", "da pra pagar no cartao"]),
    (Q_NOTA,
     "Sim, emitimos nota fiscal de serviço (NFS-e) para CNPJ ou CPF, enviada por e-mail em até 24 horas depois da "
     "entrega. Para empresas com plano mensal mandamos uma única nota com todas as entregas do mês, no dia 1º.",
     "pagamento", ["nota fiscal", "NFS-e", "CNPJ", "empresa", "recibo"],
     ["vcs dao nota", "preciso de nota pra empresa", "como recebo o recibo"]),
    (Q_RASTREIO,
     "Assim que o motoboy sai, você recebe um link por SMS e WhatsApp para ver a moto no mapa em tempo real; no app "
     "aparece na tela do pedido. Depois da entrega mandamos o nome de quem recebeu e a foto do comprovante em até 5 "
     "minutos.",
     "entregas", ["rastrear", "acompanhar", "localização", "link", "mapa"],
     ["onde esta meu motoboy", "tem como rastrear", "manda o link do pedido"]),
    (Q_DANO,
     "Toda entrega tem seguro de até R$ 500 do valor declarado; para valores maiores, até R$ 3.000, o seguro adicional "
     "custa 1 % do valor. Avise em até 48 horas com fotos da embalagem e do produto pelo WhatsApp (11) 98844-3107. Se a "
     "culpa for nossa, o reembolso sai em até 10 dias úteis.",
     "problemas", ["danificada", "quebrou", "extravio", "seguro", "reembolso"],
     ["chegou quebrado", "meu pacote sumiu", "vcs tem seguro"]),
    (Q_CANCELAR,
     "No app ou pelo WhatsApp. É grátis até o motoboy sair para a coleta; se ele já estiver a caminho, cobramos R$ 8 de "
     "deslocamento; depois que ele pegou o pacote, o valor da entrega é cobrado inteiro. O estorno no cartão ou no Pix sai "
     "em até 7 dias.",
     "pedidos", ["cancelar", "desistir", "taxa de deslocamento", "estorno"],
     ["quero cancelar o pedido", "desisti da entrega", "cobra pra cancelar"]),
    (Q_PLANO,
     "Sim: o Plano 50 custa R$ 490 por mês (50 entregas de até 7 km) e o Plano 100, R$ 890 por mês (100 entregas de até 7 "
     "km). Cada km a mais sai por R$ 1,50 e cada entrega além do plano, R$ 10. Pagamento por boleto mensal, sem "
     "fidelidade: para sair basta avisar com 30 dias.",
     "empresas", ["plano mensal", "pacote", "empresa", "loja", "contrato"],
     ["tem pacote pra loja", "quanto sai por mes", "plano pra quem manda muito"]),
    (Q_AUSENTE,
     "O motoboy espera até 10 minutos sem custo e liga para o destinatário e para você. Se ninguém atender, você escolhe: "
     "deixar na portaria ou com um vizinho (com sua autorização), uma nova tentativa no mesmo dia por 50 % do valor, ou a "
     "volta ao endereço de coleta pelo preço da ida.",
     "entregas", ["ninguém em casa", "destinatário ausente", "portaria", "nova tentativa"],
     ["e se o cliente nao estiver", "pode deixar na portaria", "o motoboy espera"]),
    (Q_RETORNO,
     "Sim. O motoboy leva, espera até 15 minutos grátis (por exemplo, para alguém assinar um documento) e traz de volta: a "
     "volta custa 60 % do preço da ida. Acima de 15 minutos de espera, R$ 0,50 por minuto.",
     "entregas", ["ida e volta", "retorno", "assinatura", "esperar", "trazer de volta"],
     ["o motoboy pode trazer de volta", "leva e traz", "ele espera assinar"]),
    (Q_HORARIO,
     "Segunda a sábado das 7h às 22h; domingos e feriados das 8h às 18h. Pedidos feitos fora desse horário pelo app ficam "
     "agendados para o primeiro horário do dia seguinte.",
     "atendimento", ["horário", "funcionamento", "domingo", "feriado", "madrugada"],
     ["que horas vcs abrem", "funciona domingo", "atende de madrugada"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye
        ("boa tarde! quanto fica pra mandar um envelope da paulista pra santana? e demora quanto tempo mais ou menos?",
         "Small talk greeting + " + both(Q_PRECO, Q_PRAZO) + " — R$ 12 up to 5 km + R$ 1,80 per extra km (Av. Paulista to "
         "Santana is roughly 10 km, so about R$ 21; the app shows the exact price); pickup in 30-60 min, delivery 40-90 "
         "min in the city.",
         "Only one half without pointing to the other; the express price as the normal one; a handover; inventing a "
         "fixed price for the trip as if certain."),
        ("e se eu precisar que chegue em meia hora?",
         faq(Q_URGENTE) + " — express: a motoboy only for this order, pickup within 20 min, straight to the address, R$ 15 "
         "more.",
         "The normal delivery times repeated; the booking entry; asking to rephrase without trying."),
        ("aceita pix?",
         faq(Q_PAGAMENTO) + " — yes: Pix, credit/debit card in the app, or cash to the motoboy (change up to R$ 50).",
         "The invoice entry; the monthly plan's boleto only; asking what she means."),
        ("show, valeu mano! falou",
         "Small talk: thanks + goodbye (acknowledgement `show`; `valeu` = thanks, `falou` = bye, São Paulo `mano` = "
         "bro) — short friendly close.",
         "An FAQ answer; choices; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("oi, é sobre uma entrega de hoje",
         "Too vague to answer — choices (tracking, delivery times, cancelling, damaged parcel) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("o motoboy pegou minha encomenda faz 2 horas e ate agora nada, tem como saber onde ele ta?",
         TYPE + faq(Q_RASTREIO) + " — the link sent by SMS/WhatsApp (or the order screen in the app) shows the bike on the "
         "map in real time. Mentioning the normal 40-90 min is fine.",
         "Tapping an earlier choice; the lost-parcel entry alone as if it were lost; the delivery-time entry alone "
         "without the tracking."),
        ("e se quando ele chegar nao tiver ninguem em casa?",
         faq(Q_AUSENTE) + " — he waits up to 10 min free and calls; then doorman/neighbour with authorisation, a new try "
         "the same day for 50 %, or back to the pickup address for the price of the trip.",
         "The tracking entry repeated; the return-trip entry (ida e volta); asking what she means."),
        ("to falando com gente ou é robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("deu ruim no meu pedido de ontem",
         "Too vague to answer (`deu ruim` = something went wrong) — choices (damaged or lost parcel, cancelling, "
         "tracking) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nenhuma dessas",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("o bolo de aniversario que eu mandei chegou todo amassado e a caixa veio rasgada",
         faq(Q_DANO) + " — report within 48 h with photos of the packaging and the product on WhatsApp (11) 98844-3107; "
         "insured up to R$ 500; refund within 10 working days if it was their fault. A word of regret is a plus.",
         "The size entry (what fits the box); the cancelling entry; a handover without the steps."),
        ("vcs fazem frete de geladeira? to me mudando pra zona leste",
         "Not covered by the FAQ (near the trade: moving a fridge / house moves are not in the FAQ) — says so honestly, "
         "offers a person or the phone number; pointing out that only 44 x 44 x 40 cm / 20 kg fits the bike box is fine.",
         "Inventing a van or moving service or a price; the price entry as if a fridge were a normal delivery; the "
         "regions entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("vcs atendem guarulhos? e uma caixa de uns 60 cm cabe no bau?",
         both(Q_REGIOES, Q_TAMANHO) + " — yes, Guarulhos is served (ask first for the airport); no, the box is at most "
         "44 x 44 x 40 cm and 20 kg, so 60 cm does not fit.",
         "Only one half without pointing to the other; saying 60 cm fits; saying Guarulhos is not served."),
        ("nao foi isso que eu perguntei. quero saber se ele pode aguardar o cliente rubricar uns papeis e me devolver",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_RETORNO) + " — yes: he waits "
         "up to 15 min free while the papers are signed and brings them back; the return costs 60 % of the outward "
         "price (R$ 0,50/min after 15 min).",
         "Ignoring the complaint and repeating the previous answer; the no-one-home entry (waiting 10 min); the refund "
         "(`devolver`) of the damage entry; a handover without answering."),
        ("aff, vc nao entende nada. quero falar com um atendente de verdade agora",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("e ai, alguem vai me responder ou nao?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("paguei 15 reais a mais pro cara vir voando e o motoboy levou 1 hora pra aparecer!!! um absurdo, meu cliente "
         "ficou me cobrando a tarde toda",
         faq(Q_URGENTE) + " — calm, acknowledges the anger: the express pickup is within 20 min; if it was more than 20 "
         "min late through their fault, the R$ 15 are given back; offering a person as well is fine.",
         "Saying nothing can be done; the normal pickup time (30-60 min) as an excuse; the cancelling entry; a cold "
         "answer ignoring the anger; a handover with no explanation."),
        ("mudando de assunto, quem ganhou o jogo do corinthians ontem?",
         "Not covered (unrelated: yesterday's football result) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry; inventing a score."),
        ("deixa pra la. pede pra alguem me ligar no (11) 97412-5583 depois das 14h",
         "Hands over / passes on a callback request to (11) 97412-5583, after 14:00; no FAQ answer.",
         "Ignoring the number; only giving the company's phone or WhatsApp number; an FAQ answer; asking to rephrase."),
        ("vai demorar muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery-time entry (40-90 min); the express pickup (20 min); promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("pedi um motoboy pra buscar uns documentos aqui as 16h mas o cliente acabou de passar e levou ele mesmo, entao "
         "nao preciso mais",
         faq(Q_CANCELAR) + " — in the app or on WhatsApp; free until the motoboy leaves for the pickup, R$ 8 if he is "
         "already on the way; do not claim it is done.",
         "Claiming the delivery has been cancelled; the booking entry; the no-one-home entry."),
        ("pode ser",
         "Ambiguous yes (`pode ser` = OK / maybe) — asks what she means or explains what happens next (how to cancel / a "
         "person); must not claim anything was cancelled.",
         "Saying the delivery is now cancelled; a random FAQ entry."),
        ("vou ter que pagar alguma coisa?",
         faq(Q_CANCELAR) + " — nothing if the motoboy has not left yet; R$ 8 if he is on the way; the full price only after "
         "the pickup.",
         "The price list (R$ 12 + km); the payment methods; asking what she means without answering."),
        ("meu, to boiando aqui. me passa pra alguem da central, firmeza?",
         "Hands over to a person (São Paulo slang: `meu` = mate, `to boiando` = I'm lost, `firmeza?` = OK?) — short, no "
         "FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! vcs emitem nota pra cnpj? e abrem domingo?",
         "Small talk greeting + " + both(Q_NOTA, Q_HORARIO) + " — yes, NFS-e for CNPJ (or CPF) by e-mail within 24 h; "
         "Sundays and holidays 8h-18h (Mon-Sat 7h-22h).",
         "Only one half without pointing to the other; saying they are closed on Sundays."),
        ("e no natal?",
         faq(Q_HORARIO) + " — Christmas is a holiday: 8h-18h.",
         "The delivery-time entry; saying closed (the FAQ says holidays 8h-18h); asking what she means."),
        ("ultima coisa: tenho uma loja e mando uns 80 pedidos por mes, tem plano? e da pra chamar o motoboy pelo celular?",
         both(Q_PLANO, Q_PEDIR) + " — Plano 50 R$ 490/month or Plano 100 R$ 890/month (deliveries up to 7 km; extra "
         "deliveries R$ 10, extra km R$ 1,50), monthly boleto, no tie-in (30 days' notice); order by the Corre Já app, "
         "WhatsApp (11) 98844-3107, site or phone.",
         "Only one half without pointing to the other; the invoice entry alone; the price per km only."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
