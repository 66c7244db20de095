"""pt: Águas Kianda, Lda. (made up), water-tanker delivery and tank services (treated water by truck, cleaning and
disinfecting tanks, pumps and roof tanks, water for building sites and funerals) on the Estrada do Camama, Talatona,
Luanda, Angola; the owner writes standard Angolan Portuguese (European norm, the old spelling Angola keeps: factura,
desinfecção, electrobomba; você), customers write everyday Luanda Portuguese (xé, epá, ya, bué, fixe, mano, kamba,
kota, kumbu, maka, muadié, mana, mambos, bumbar, desconsigo, candengues, cubico, óbito, funge, mamãs, pronto,
a + infinitive). The bot serves pt (pt-PT norm; no pt-AO)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa um camião de água?"
Q_PRAZO = "Quanto tempo demora a entrega?"
Q_ACESSO = "A mangueira chega ao meu tanque?"
Q_LIMPEZA = "Fazem limpeza de cisternas e tanques?"
Q_TRATAR = "Vendem cloro ou filtros para tratar a água em casa?"
Q_BOMBA = "Instalam bombas e depósitos de água?"
Q_ZONAS = "Para que zonas fazem entregas?"
Q_PAGAMENTO = "Como posso pagar?"
Q_REGULAR = "Têm entregas regulares com desconto?"
Q_RECLAMACAO = "E se a água vier suja ou houver um problema com a entrega?"
Q_CANCELAR = "Posso cancelar ou mudar uma entrega?"
Q_HORARIO = "Onde ficam e qual é o horário?"
Q_OBRAS = "Fornecem água para obras e eventos?"
Q_POTAVEL = "A água é potável?"
Q_FACTURA = "Passam factura para empresas e condomínios?"

FAQ = [
    (Q_PRECO,
     "Água tratada entregue no seu tanque ou cisterna: 5 m³ (camião pequeno) 22.000 Kz; 10 m³ 38.000 Kz; 20 m³ "
     "70.000 Kz. Estes preços valem para Talatona, Camama, Kilamba, Benfica, Morro Bento, Patriota e Zango 0; as "
     "outras zonas pagam taxa de deslocação. Mínimo por entrega: 5 m³.",
     "precos", ["preço", "camião", "metros cúbicos", "litros", "encher"],
     ["quanto é 10 mil litros", "preço de uma cisterna de água", "quanto custa encher o tanque"]),
    (Q_PRAZO,
     "Pedidos feitos até às 11h00 são entregues no mesmo dia, entre as 13h00 e as 18h00; pedidos depois das 11h00, no "
     "dia seguinte de manhã (7h00-12h00). Entrega urgente em até 3 horas, se houver camião livre: mais 15.000 Kz. O "
     "motorista liga 30 minutos antes de chegar.",
     "entregas", ["demora", "entrega", "hoje", "urgente", "mesmo dia"],
     ["chega hoje", "quanto tempo para entregar", "tenho urgência"]),
    (Q_ACESSO,
     "A mangueira tem 40 metros e a bomba do camião eleva a água até 10 metros de altura (cerca de 3 andares). O "
     "camião de 20 m³ precisa de uma rua com pelo menos 3,5 metros de largura e sem cabos baixos; em becos e ruas "
     "estreitas usamos o camião de 5 m³, com as viagens necessárias. Indique no pedido o andar e a distância da rua "
     "ao tanque.",
     "entregas", ["mangueira", "distância", "andar", "rua estreita", "acesso"],
     ["a minha rua é apertada", "o tanque é no terraço do 3º andar", "o camião entra no meu beco"]),
    (Q_LIMPEZA,
     "Sim: esvaziamento, remoção de lodo, lavagem, desinfecção com cloro e enxaguamento. Tanque elevado ou depósito "
     "até 5.000 litros: 30.000 Kz; cisterna enterrada até 10 m³: 55.000 Kz; até 20 m³: 85.000 Kz. Demora 4 a 6 horas, "
     "sem água nesse tempo; o enchimento logo a seguir tem 10 % de desconto. Recomendamos limpar a cada 6 meses.",
     "servicos", ["limpeza", "lavar", "desinfecção", "cisterna", "lodo"],
     ["o tanque tem lodo no fundo", "lavam a cisterna", "desinfectar o reservatório"]),
    (Q_TRATAR,
     "Sim, entregamos com a água ou pode levantar no escritório: pastilhas de cloro (frasco de 50) 4.500 Kz, 1 "
     "pastilha por cada 1.000 litros a cada 15 dias; filtro de velas em barro 18.000 Kz; vela de substituição 3.500 Kz, "
     "a trocar a cada 6 meses; lixívia própria para água, 1 litro 1.200 Kz.",
     "produtos", ["cloro", "filtro", "pastilhas", "tratar", "lixívia"],
     ["como trato a água do tanque", "vendem filtros de vela", "quanto cloro ponho"]),
    (Q_BOMBA,
     "Sim. Electrobomba de 1 CV instalada: 145.000 Kz; pressurizador para chuveiros e torneiras: 95.000 Kz; depósito de "
     "2.000 litros no terraço, com tubagem até 6 metros: 120.000 Kz; de 5.000 litros: 210.000 Kz. Visita técnica "
     "5.000 Kz, descontada se fizermos o trabalho. Instalação em 1 dia; 1 ano de garantia no material e na mão-de-obra.",
     "servicos", ["bomba", "depósito", "instalar", "pressão", "terraço"],
     ["a água não sobe ao primeiro andar", "pôr uma bomba", "tanque no terraço"]),
    (Q_ZONAS,
     "Sem taxa: Talatona, Camama, Kilamba, Benfica, Morro Bento, Patriota e Zango 0. Taxa de 8.000 Kz: Viana, Zango 1 "
     "a 4, Sequele, Luanda centro (Ingombota, Maianga, Alvalade) e Cazenga. Taxa de 15.000 Kz: Cacuaco, Funda e "
     "Ramiros. Não entregamos fora da província de Luanda.",
     "entregas", ["zonas", "bairro", "taxa de deslocação", "Viana", "Cacuaco"],
     ["entregam em Viana", "chegam ao Cacuaco", "quanto é a deslocação"]),
    (Q_PAGAMENTO,
     "Multicaixa Express para o 945 302 817, TPA (cartão Multicaixa) na entrega, transferência para o BAI ou o BFA (o "
     "IBAN vai por WhatsApp) ou dinheiro em kwanzas ao motorista. Pedidos urgentes e primeira entrega de clientes "
     "novos: pagamento antes de o camião sair. Não aceitamos dólares nem vendemos fiado.",
     "pagamentos", ["pagar", "Multicaixa Express", "TPA", "transferência", "dinheiro"],
     ["aceitam multicaixa", "posso pagar quando chegar", "pago por transferência"]),
    (Q_REGULAR,
     "Sim, entrega fixa semanal ou quinzenal, no dia e hora que escolher: 10 % de desconto com 4 ou mais entregas por "
     "mês, 5 % com 2 por mês. Sem fidelização: pode parar avisando 3 dias antes. Pagamento no fim de cada mês por "
     "transferência.",
     "pagamentos", ["semanal", "regular", "desconto", "fixo", "assinatura"],
     ["quero água todas as semanas", "têm plano mensal", "desconto para cliente fixo"]),
    (Q_RECLAMACAO,
     "Envie fotos ou vídeo por WhatsApp para o 945 302 817 até 24 horas depois da entrega. Se a água vier turva, com "
     "cheiro ou com areia, ou se faltar quantidade, trocamos ou completamos sem custo em até 24 horas, ou devolvemos o "
     "valor. Se o camião ou a mangueira danificarem portão, muro ou tanque, pagamos a reparação; o supervisor visita "
     "em 2 dias úteis.",
     "reclamacoes", ["reclamação", "água suja", "problema", "areia", "estragou"],
     ["a água veio castanha", "o camião partiu o meu portão", "quero reclamar"]),
    (Q_CANCELAR,
     "Sim, sem custo até o camião sair do armazém (o motorista avisa por SMS à saída). Depois de o camião sair: "
     "10.000 Kz de deslocação. Se já pagou, devolvemos o valor por Multicaixa Express ou transferência em 3 dias "
     "úteis, ou fica como crédito para a próxima entrega. Nas entregas regulares, saltar uma semana é grátis avisando "
     "3 dias antes.",
     "pagamentos", ["cancelar", "mudar", "adiar", "reembolso", "devolução"],
     ["quero cancelar o pedido", "mudar a entrega para amanhã", "devolvem o dinheiro"]),
    (Q_HORARIO,
     "Escritório e armazém: Estrada do Camama, km 3, Talatona, Luanda. Entregas de segunda a sábado das 6h00 às "
     "19h00; domingos e feriados só urgências (mais 15.000 Kz). Atendimento por telefone e no escritório de segunda a "
     "sexta das 8h00 às 17h00 e ao sábado das 8h00 às 13h00. Telefone 923 418 562, WhatsApp 945 302 817.",
     "contactos", ["horário", "escritório", "morada", "domingo", "aberto"],
     ["a que horas abrem", "trabalham ao domingo", "onde é o escritório"]),
    (Q_OBRAS,
     "Sim. Água não tratada para obras (betão, rega, limpezas): 10 m³ por 28.000 Kz, não serve para beber. Para "
     "casamentos, óbitos e festas: aluguer de depósito de 1.000 litros com torneira, cheio de água tratada, 15.000 Kz "
     "por dia, com entrega e recolha incluídas.",
     "servicos", ["obra", "construção", "evento", "festa", "aluguer de depósito"],
     ["água para a obra", "vamos ter um óbito em casa", "depósito para uma festa"]),
    (Q_POTAVEL,
     "Sim. Captamos a água num furo licenciado e tratamo-la com cloro na nossa estação; um laboratório certificado "
     "analisa-a todos os meses e enviamos o último boletim de análise a quem pedir. Os nossos camiões só transportam "
     "água para consumo. Para beber, aconselhamos ferver ou filtrar, sobretudo se o seu tanque não é limpo há mais de "
     "6 meses.",
     "qualidade", ["potável", "beber", "qualidade", "tratada", "análise"],
     ["dá para beber", "a água é boa para cozinhar", "têm análise da água"]),
    (Q_FACTURA,
     "Sim, factura com NIF em todas as entregas (indique o NIF no pedido). Empresas e condomínios com contrato mensal "
     "pagam a 30 dias por transferência; a partir de 20 m³ por semana o preço é de 3.200 Kz por m³. O contrato é "
     "assinado em 2 dias úteis após a visita do comercial.",
     "pagamentos", ["factura", "NIF", "empresa", "condomínio", "contrato mensal"],
     ["preciso de factura", "somos um condomínio", "contrato para a empresa"]),
]

PLAN = [
    [  # 1
        ("Bom dia! Xé, a água da EPAL não sai no nosso prédio no Kilamba há 2 semanas. Quanto custa para encher uma "
         "cisterna de 10 mil litros? E se eu pedir agora, ainda chega hoje?",
         "Small talk greeting + " + both(Q_PRECO, Q_PRAZO) + " — 10 m³ 38.000 Kz (Kilamba has no travel fee); ordered "
         "by 11h00 it comes the same day between 13h00 and 18h00, later the next morning; urgent within 3 hours for "
         "15.000 Kz more if a truck is free. (`xé` = hey; EPAL = Luanda's public water company.)",
         "Only one half without pointing to the other; promising today without the 11h00 rule; an invented price; "
         "the drinking-water entry."),
        ("e o maior, o de 20 mil, fica em quanto?",
         faq(Q_PRECO) + " — 20 m³ 70.000 Kz.",
         "The access entry (the 20 m³ truck's street width); the regular-delivery entry; 38.000 Kz repeated."),
        ("O depósito é no terraço, no 4º andar, e a nossa rua é estreitinha, com carros parados dos dois lados. A "
         "mangueira chega lá acima? E o vosso camião entra cá?",
         faq(Q_ACESSO) + " — the hose is 40 m but the truck's pump lifts water only about 10 m (about 3 floors), so a "
         "4th-floor roof tank may be out of reach (say the floor when ordering); in narrow streets the 5 m³ truck, "
         "with several trips (the 20 m³ one needs 3,5 m and no low cables).",
         "The pump-installation entry alone (`terraço`); promising the 4th floor is fine; the areas entry."),
        ("Ya, tá bué fixe. Obrigadão, mano! Vou juntar o kumbu no fim do mês e depois ligo. Fica bem!",
         "Small talk: acknowledgement + thanks + goodbye (`ya` = yes, `bué fixe` = really cool, `obrigadão` = thanks a "
         "lot, `mano` = bro, `kumbu` = money, `fica bem` = take care) — short friendly close.",
         "An FAQ answer (the payment or regular-delivery entry for `kumbu`, `fim do mês`); choices; a handover."),
    ],
    [  # 2
        ("boa noite, preciso de uma informação",
         "Too vague to answer — choices (water prices, tank cleaning, delivery times...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Abrimos o reservatório lá do quintal para ver e está com uma camada de lama no fundo, até tem bichinhos a "
         "nadar. Nas torneiras sai amarelada e com mau cheiro, e os candengues andam com diarreia. Voces resolvem "
         "isso?",
         TYPE + faq(Q_LIMPEZA) + " — emptying, sludge removal, washing, disinfecting with chlorine, rinsing: up to "
         "5.000 L 30.000 Kz, a buried cistern up to 10 m³ 55.000 Kz, up to 20 m³ 85.000 Kz; 4-6 hours without water; "
         "refilling right after 10 % off; every 6 months. Advising a doctor for the children is a plus. "
         "(`candengues` = kids.)",
         "Tapping a choice; the complaint entry (dirty water from them); the drinking-water entry alone; the filter "
         "entry alone; a medical diagnosis."),
        ("e depois de limpo, o que é que pomos lá dentro para não voltar a ficar assim?",
         faq(Q_TRATAR) + " — chlorine tablets (50 for 4.500 Kz), 1 tablet per 1.000 litres every 15 days; a clay "
         "candle filter 18.000 Kz for drinking (candle 3.500 Kz, changed every 6 months); bleach for water 1.200 Kz. "
         "Repeating the 6-monthly cleaning is a plus.",
         "The cleaning entry alone again; the pump entry; the tank-installation price."),
        ("Kamba, diz-me uma coisa: do outro lado está uma pessoa ou é aquele robô da inteligência artificial? A minha "
         "kota diz que agora é tudo robô",
         "Small talk: are you a bot (`kamba` = friend, `kota` = mother, older person) — honest: an automated "
         "assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("bom dia, é por causa da água lá de casa",
         "Too vague to answer — choices (delivery, tanks, pumps...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("nada a ver, não é isso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("é que o tanque de baixo enche, mas lá em cima na casa de banho do primeiro andar o chuveiro só pinga. o meu "
         "cunhado diz que falta um motor",
         faq(Q_BOMBA) + " — a pressure booster for showers and taps 95.000 Kz or a 1 CV electric pump 145.000 Kz "
         "installed, in 1 day, 1 year's guarantee; a technical visit 5.000 Kz, deducted if they do the job.",
         "The access entry (hose height); the cleaning entry (`tanque`); the water price; 'call a plumber'."),
        ("e também fazem limpeza de fossa? a nossa já está a deitar por fora",
         "Not covered (near the trade: emptying a septic tank, not offered) — says so honestly, may offer a person; no "
         "price.",
         "The tank-cleaning entry (`limpeza`) as if it covered septic tanks; inventing a price; the water-for-works "
         "entry."),
    ],
    [  # 4
        ("Entregam no Zango 3, em Viana? E posso pagar por multicaixa express só quando o camião chegar?",
         both(Q_ZONAS, Q_PAGAMENTO) + " — Viana and Zango 1-4 have an 8.000 Kz travel fee; Multicaixa Express to 945 "
         "302 817, a card machine on delivery, transfer or cash in kwanzas; but a new customer's first delivery (and "
         "urgent ones) is paid before the truck leaves.",
         "Only one half without pointing to the other; 'Viana is free'; 'pay on arrival' for a first delivery."),
        ("não, não foi isso que perguntei. Quero que venham todas as sextas-feiras sem eu ter de estar sempre a "
         "ligar, dá para combinar? Fica mais barato?",
         "Acknowledges the push-back + " + faq(Q_REGULAR) + " — a fixed weekly or fortnightly delivery on the chosen "
         "day: 10 % off with 4 or more a month (weekly), 5 % with 2; stop any time with 3 days' notice; paid at the end "
         "of the month by transfer.",
         "Repeating the areas/payment answer; the company-contract entry; the delivery-time entry."),
        ("Epá, outra vez?! Estás a me dar maka. Desconsigo falar com máquina, quero um muadié do escritório, já!",
         "Push-back (second time in a row) + request for a person (annoyed; `epá` = ugh, `maka` = trouble, "
         "`desconsigo` = I can't, `muadié` = a man, someone) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; the office-hours entry (`escritório`)."),
        ("então?? ninguém responde, estão a bumbar ou quê",
         WAIT + AFTER + "Waiting (`bumbar` = to work) — reassures that a person has the message and will answer; no "
         "FAQ answer, no invented wait time.",
         "An FAQ answer (the hours entry); a new greeting; promising a time."),
    ],
    [  # 5
        ("NÃO ACREDITO NISTO. Ontem paguei 38.000 Kz por 10 mil litros, aquilo chegou castanho, cheio de terra, e o "
         "vosso motorista ainda bateu com o camião no portão do meu cubico, está todo torto. Já liguei 5 vezes e "
         "ninguém atende. É assim que tratam os clientes??",
         faq(Q_RECLAMACAO) + " — calm, apologises: photos or video by WhatsApp to 945 302 817 within 24 hours of the "
         "delivery (yesterday: now), the water replaced free within 24 hours or the money back; the gate repaired at "
         "their cost, the supervisor visits within 2 working days. (`cubico` = house.)",
         "Cold rule ignoring the anger; the price entry; the tank-cleaning entry; the treatment entry (`tratam`); "
         "blaming the customer's tank."),
        ("já agora, sabe onde se trata o BI aqui no Talatona? o meu caducou",
         "Not covered (unrelated: where to renew the identity card, `BI`) — says it cannot help with that, no FAQ "
         "answer.",
         "The treatment entry (`trata`); the office address; inventing an office."),
        ("peça ao responsável para me ligar amanhã depois das 18h para o 912 774 305. Antes disso estou no serviço na "
         "Baixa e não posso atender",
         "Hands over / passes on a callback request to 912 774 305 tomorrow (Thursday 3 December) after 18h00; no FAQ "
         "answer. Phone service ends at 17h00, so the reply must not promise the time. (`a Baixa` = downtown "
         "Luanda.)",
         "Ignoring the number or the time; only giving the office's phone; the hours as the answer; promising a call "
         "after 18h00; the delivery-time entry."),
        ("e isso leva quanto tempo? hoje ainda alguém fala comigo?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery-time entry (`quanto tempo`, `hoje`); the supervisor's 2 working days; promising an exact "
         "time."),
    ],
    [  # 6
        ("Bom dia. Ontem à noite pedi e paguei por Multicaixa Express um camião de 20 m³ para hoje à tarde, no Morro "
         "Bento. Mas agora de manhã a água da rede voltou a sair, graças a Deus, por isso já nem faz falta",
         faq(Q_CANCELAR) + " — free until the truck leaves the depot (the driver sends an SMS when leaving; an "
         "afternoon delivery has most likely not left yet); after that 10.000 Kz; paid money back by Multicaixa "
         "Express or transfer within 3 working days, or kept as credit. Must not claim it is cancelled.",
         "Claiming it is cancelled now; the payment entry; the delivery-time entry; 'no refunds'."),
        ("ah... pronto, está bem",
         "Ambiguous yes (`pronto` = okay) — asks whether to cancel or move the delivery, or explains the next step; "
         "must not claim anything is cancelled.",
         "Saying the delivery is now cancelled; a random FAQ entry; a goodbye."),
        ("e os 70 mil que mandei pelo multicaixa? volta tudo?",
         faq(Q_CANCELAR) + " — in full if the truck has not left, within 3 working days by Multicaixa Express or "
         "transfer, or as credit; once it has left, minus 10.000 Kz.",
         "The payment entry (Multicaixa Express number) as the answer; the price entry (70.000 Kz); 'never refunded'."),
        ("Epá, já me baralhei toda com esses mambos. Não há aí uma mana do escritório para eu falar direito? "
         "Passa-me a uma pessoa, por favor",
         "Hands over to a person (`baralhei` = got muddled, `mambos` = things, `mana` = a young woman, sister) — "
         "short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; the office-hours entry (`escritório`)."),
    ],
    [  # 7
        ("Boa tarde. Trabalham ao domingo? Vamos fazer o óbito do meu tio lá em casa, no Benfica, e vem muita gente. "
         "Precisamos de água para a cozinha e para lavarem as mãos",
         "Small talk greeting (condolences welcome) + " + both(Q_HORARIO, Q_OBRAS) + " — Sundays only urgent deliveries "
         "(15.000 Kz more; deliveries Monday-Saturday 6h00-19h00); a 1.000-litre tank with a tap, full of treated "
         "water, 15.000 Kz a day, delivery and collection included. (`óbito` = the wake and mourning gathering.)",
         "Only one half without pointing to the other; the building-site water (not drinkable) for cooking; "
         "'closed on Sundays' with nothing else."),
        ("As mamãs vão cozinhar funge e feijão de óleo de palma para umas 200 pessoas com aquilo que vocês trazem. "
         "Pode-se usar assim directo ou é melhor ferver tudo?",
         faq(Q_POTAVEL) + " — treated with chlorine from a licensed borehole, analysed monthly by a certified lab; fine "
         "for cooking (boiled anyway for funge); for drinking they advise boiling or filtering. (`mamãs` = the older "
         "women, `funge` = cassava porridge.)",
         "The building-site water entry (not drinkable) as the answer; the filter entry alone; 'do not use it for "
         "food'."),
        ("Quem paga é a empresa do meu primo, precisam de factura com NIF, passam? E têm aquele papel da análise para "
         "mostrar à família?",
         both(Q_FACTURA, Q_POTAVEL) + " — an invoice with the NIF on every delivery (give the NIF when ordering); the "
         "latest monthly lab analysis report is sent to whoever asks.",
         "Only one half without pointing to the other; the monthly-contract terms as if needed for one delivery; "
         "the payment entry."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
