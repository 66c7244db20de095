"""pt: Remo Dourado Passeios (made up), a kayak and boat tour company in Lagos (Algarve), European Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PASSEIOS = "Que passeios fazem?"
Q_PRECOS = "Quanto custam os passeios?"
Q_IDADES = "As crianças podem ir? Há idade mínima?"
Q_TEMPO = "O que acontece se o mar ou o tempo estiverem maus?"
Q_LEVAR = "O que devo levar?"
Q_ENCONTRO = "Onde é o ponto de encontro?"
Q_GRUPOS = "Fazem desconto para grupos?"
Q_NADAR = "É preciso saber nadar?"
Q_FOTOS = "Tiram fotografias durante o passeio?"
Q_RESERVA = "Como faço uma reserva?"
Q_PAGAMENTO = "Como posso pagar?"
Q_CANCELAR = "Posso cancelar ou mudar a data da reserva?"
Q_HORARIOS = "A que horas são as saídas?"
Q_ENJOO = "E se eu enjoar no barco?"
Q_GOLFINHOS = "É garantido ver golfinhos?"

FAQ = [
    (Q_PASSEIOS,
     "Temos 4 passeios: kayak até à Ponta da Piedade e às grutas (2h30, com guia), barco às grutas da Ponta da Piedade "
     "(1h15), observação de golfinhos em barco semirrígido (2h30, em mar aberto) e passeio de barco ao pôr do sol (2h). "
     "Também fazemos barco privado para grupos até 12 pessoas.",
     "passeios", ["passeios", "kayak", "grutas", "Ponta da Piedade", "pôr do sol"],
     ["que tours tem", "fazem passeios de kayak", "quais sao os percursos"]),
    (Q_PRECOS,
     "Kayak às grutas: 35 € por pessoa. Barco às grutas: 25 € adultos e 15 € crianças dos 4 aos 12 anos. Golfinhos: "
     "45 € adultos e 30 € crianças. Pôr do sol: 30 € por pessoa, com um copo de vinho ou sumo. Barco privado: 300 € "
     "(até 12 pessoas, 2 horas).",
     "preços", ["preço", "quanto custa", "tarifas", "bilhete", "criança"],
     ["quanto e o kayak", "qual o preço do barco", "quanto pagam as crianças"]),
    (Q_IDADES,
     "Sim. No kayak, a partir dos 6 anos, num kayak duplo com um adulto; menores de 16 anos vão sempre com um adulto. "
     "Nos passeios de barco podem ir bebés: até aos 3 anos não pagam. Temos coletes para todos os tamanhos.",
     "passeios", ["crianças", "idade mínima", "bebés", "menores", "família"],
     ["posso levar os miudos", "a partir de que idade", "bebes podem ir no barco"]),
    (Q_TEMPO,
     "Decidimos até 2 horas antes da saída, com ondas acima de 1,5 m ou vento forte. Se formos nós a cancelar, "
     "escolhe outra data ou devolvemos 100 % do valor. Com chuva fraca e mar calmo o passeio faz-se. Avisamos por SMS "
     "ou WhatsApp.",
     "tempo", ["mau tempo", "ondas", "vento", "chuva", "cancelamento pelo mar"],
     ["e se estiver vento", "cancelam com mar mau", "o passeio faz-se com chuva"]),
    (Q_LEVAR,
     "Fato de banho, toalha, protetor solar, chapéu, água e calçado que se possa molhar (chinelos com tira ou sapatos de "
     "água). Damos um saco estanque para o telemóvel e as chaves; há cacifos gratuitos no quiosque. No barco das 9h30 "
     "leve um casaco leve.",
     "preparação", ["levar", "roupa", "toalha", "protetor solar", "calçado"],
     ["que roupa devo levar", "preciso de toalha", "o que e preciso trazer"]),
    (Q_ENCONTRO,
     "No nosso quiosque n.º 7 da Marina de Lagos, junto à ponte levadiça. Chegue 15 minutos antes da saída. Há "
     "estacionamento pago ao lado da marina (cerca de 1 € por hora) e da estação de comboios são 5 minutos a pé.",
     "ponto de encontro", ["ponto de encontro", "marina", "quiosque", "morada", "estacionamento"],
     ["onde vos encontro", "onde fica o quiosque", "onde estaciono o carro"]),
    (Q_GRUPOS,
     "Sim: 10 % de desconto a partir de 8 pessoas e 15 % a partir de 15 pessoas, para escolas, empresas e famílias. "
     "Para grupos até 12 pessoas também temos barco privado por 300 € (2 horas). Reservas de grupo por telefone ou "
     "WhatsApp.",
     "preços", ["grupos", "desconto", "empresas", "escolas", "barco privado"],
     ["somos muitos ha desconto", "preço para grupos", "fazem passeios para empresas"]),
    (Q_NADAR,
     "No kayak, sim: é preciso saber nadar pelo menos um pouco e o colete é obrigatório. Nos passeios de barco não é "
     "preciso saber nadar. O kayak anda sempre a menos de 200 metros da costa, com um guia para cada 8 kayaks.",
     "segurança", ["nadar", "colete", "segurança", "não sei nadar"],
     ["tenho de saber nadar", "quem nao nada pode ir", "e seguro"]),
    (Q_FOTOS,
     "Sim, o guia tira fotografias durante o passeio e enviamo-las grátis por WhatsApp ou email até 48 horas depois. "
     "Se quiser levar o seu telemóvel, vendemos bolsas estanques por 10 € no quiosque.",
     "passeios", ["fotografias", "fotos", "WhatsApp", "bolsa estanque"],
     ["tiram fotos", "quando recebo as fotos", "posso levar o telemovel"]),
    (Q_RESERVA,
     "Reserve no nosso site, pelo telefone 282 760 413, por WhatsApp (912 408 367) ou no quiosque. Paga no momento da "
     "reserva e recebe a confirmação por email ou SMS. Em julho e agosto reserve com 2 ou 3 dias de antecedência.",
     "reservas", ["reservar", "reserva", "marcar", "bilhetes", "disponibilidade"],
     ["como marco o passeio", "ha lugares para amanha", "posso reservar pelo whatsapp"]),
    (Q_PAGAMENTO,
     "Aceitamos MB WAY, Multibanco, cartão de crédito e dinheiro no quiosque; no site, cartão ou MB WAY. Passamos "
     "fatura com NIF, também em nome de empresas. Grupos podem pagar por transferência até 7 dias antes.",
     "pagamento", ["pagar", "MB WAY", "cartão", "fatura", "transferência"],
     ["aceitam cartao", "posso pagar com mb way", "passam fatura com nif"]),
    (Q_CANCELAR,
     "Sim. Cancelar ou mudar a data é grátis até 24 horas antes da saída; com menos de 24 horas devolvemos 50 %, e se "
     "não aparecer não há devolução. Se o passeio for cancelado por nós por causa do mar, devolvemos tudo.",
     "reservas", ["cancelar", "desmarcar", "mudar a data", "devolução", "reembolso"],
     ["quero cancelar a reserva", "posso mudar para outro dia", "devolvem o dinheiro"]),
    (Q_HORARIOS,
     "Kayak às 9h30, 12h00 e 15h00. Barco às grutas de 30 em 30 minutos, das 10h00 às 18h00. Golfinhos às 10h00 e às "
     "14h30. Pôr do sol 1 hora antes do pôr do sol. Época de abril a outubro; de novembro a março só ao fim de semana.",
     "passeios", ["horários", "saídas", "a que horas", "época", "inverno"],
     ["a que horas sai o kayak", "qual o horario dos barcos", "funcionam no inverno"]),
    (Q_ENJOO,
     "O barco às grutas anda junto à costa, em águas mais calmas, e dura 1h15: quase ninguém enjoa. O passeio dos "
     "golfinhos vai para mar aberto durante 2h30; se costuma enjoar, tome um comprimido 1 hora antes, coma pouco e "
     "fique na parte de trás do barco.",
     "segurança", ["enjoo", "enjoar", "mal-estar", "mar alto"],
     ["fico mal disposta no mar", "o barco abana muito", "enjoo facilmente posso ir"]),
    (Q_GOLFINHOS,
     "Não é garantido, mas vemos golfinhos em cerca de 90 % das saídas. Se não virmos nenhum, oferecemos outro passeio "
     "de golfinhos grátis nos 7 dias seguintes (ou em qualquer dia da mesma época, se já não estiver em Lagos).",
     "passeios", ["golfinhos", "garantia", "observação", "repetir"],
     ["vamos mesmo ver golfinhos", "e se nao aparecerem golfinhos", "ha garantia"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Algarve words
        ("boa tarde! quanto custa o kayak? e os miudos podem ir? tenho um de 7 anos e uma de 4",
         "Small talk greeting + " + both(Q_PRECOS, Q_IDADES) + " — kayak 35 € per person; from 6 years in a double "
         "kayak with an adult, so the 7-year-old can go but not the 4-year-old (boat tours are fine for her).",
         "Only one half without pointing to the other; saying both children can kayak; a handover."),
        ("e de barco?",
         faq(Q_PRECOS) + " — boat to the caves 25 € adults, 15 € children 4-12 (dolphins 45/30 €). Saying both children "
         "can go by boat is a plus.",
         "The swimming entry; the tour list without prices; asking what she means without trying."),
        ("a que horas sai o primeiro?",
         faq(Q_HORARIOS) + " — boat to the caves every 30 minutes from 10:00 (kayak from 9:30).",
         "The meeting point alone; the booking entry; inventing a time."),
        ("atao ta bem moce, obrigadinha! ate logo",
         "Small talk: acknowledgement + thanks + goodbye (Algarve: `moce` = lad/mate, `atao` = então) — short friendly "
         "close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("ola, queria uma informaçao",
         "Too vague to answer — choices (tours and prices, booking, children, weather...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("eu nado muito mal, posso ir na canoa mesmo assim?",
         TYPE + faq(Q_NADAR) + " — for the kayak you must be able to swim at least a little; life jacket compulsory; "
         "always within 200 m of the coast, one guide per 8 kayaks; on the boats no swimming needed.",
         "Tapping an earlier choice; the children/age entry; saying swimming is never needed."),
        ("e no barco das grutas?",
         faq(Q_NADAR) + " — on the boat tours you don't need to swim.",
         "The boat prices only; the seasickness entry; asking what she means."),
        ("espera, tou a falar com uma maquina?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("bom dia, e sobre o passeio de ontem",
         "Too vague to answer — choices (photos, cancelling, payment...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao e nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("a guia disse que mandava as imagens da malta e ate agora nada",
         faq(Q_FOTOS) + " — photos are sent free by WhatsApp or e-mail within 48 hours; yesterday's tour is still within "
         "that time (pointing to a person if they don't arrive is fine).",
         "The group-discount entry; the booking entry; saying they don't take photos."),
        ("ja agora, alugam barcos sem guia? tenho carta de marinheiro",
         "Not covered by the FAQ (near the trade: boat hire without a guide is not offered) — says so honestly, offers a "
         "person or the phone number.",
         "Inventing a rental service; the private-boat entry as if it were a hire without skipper; a price."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("ola! somos 12 colegas do escritorio, ha algum preço especial? e da para irmos todos ver os golfinhos?",
         both(Q_GRUPOS, Q_PASSEIOS) + " — 10 % off from 8 people (15 % from 15); dolphin watching 2h30 in a rigid-"
         "inflatable boat; or a private boat for up to 12 people, 300 € for 2 hours.",
         "Only one half without pointing to the other; the dolphin guarantee entry alone; the seasickness entry."),
        ("nao respondeste ao que eu perguntei. e podem passar fatura em nome da empresa?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGAMENTO) + " — yes, "
         "invoice with the company's NIF; groups can pay by bank transfer up to 7 days before.",
         "Ignoring the complaint and repeating the previous answer; saying no invoice for companies; a handover without "
         "answering."),
        ("esquece, isto nao da. quero falar com alguem a serio",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("entao? esta ai alguem?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("paguei 45 euros por pessoa e NAO VIMOS UM UNICO BICHO. duas horas e meia aos saltos no mar para nada, isto e uma "
         "vigarice",
         faq(Q_GOLFINHOS) + " — calm, acknowledges the anger: sightings are not guaranteed (about 90 % of trips), and "
         "when none are seen they offer another dolphin trip free within 7 days (or later in the season). Offering a "
         "person as well is fine.",
         "A cold answer ignoring the anger; the price list because of the 45 €; the seasickness entry (`aos saltos`); "
         "the cancellation/refund entry; a handover with no explanation."),
        ("e onde se come um bom peixe grelhado aqui em lagos?",
         "Not covered (unrelated: restaurant tips) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the meeting point); inventing a restaurant."),
        ("liguem-me para o 936 512 408 ate as 6 da tarde, quero falar com o responsavel",
         "Hands over / passes on a callback request to 936 512 408, before 18:00; no FAQ answer.",
         "Ignoring the number; only giving the company's phone numbers; an FAQ answer; asking to rephrase."),
        ("e isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The photos' 48 hours; the tour durations; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("temos o kayak amanha as 9h30 para dois mas o meu marido torceu o pe hoje na praia, nao vamos conseguir ir",
         faq(Q_CANCELAR) + " — free up to 24 h before; with less than 24 h 50 % back (tomorrow 9:30 is probably less "
         "than 24 h away; free only if more than 24 h are left); do not claim it is done. A word of sympathy is a plus.",
         "Claiming the booking has been cancelled; the weather entry (100 % back); the swimming entry."),
        ("pode ser",
         "Ambiguous yes — asks what she means or explains what happens next (a person / how to cancel); must not claim "
         "anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry."),
        ("e se passarmos para sexta?",
         faq(Q_CANCELAR) + " — moving the date follows the same rule: free up to 24 h before the departure, so it depends "
         "on when they ask; a person can move it.",
         "The opening hours / departures alone; saying it is always free; claiming it has been moved."),
        ("o moce, na percebo nada disto. passa-me la a alguem do quiosque",
         "Hands over to a person (Algarve: `o moce` = hey lad, `na percebo` = não percebo) — short, no FAQ answer.",
         "An FAQ answer (e.g. the kiosk's location); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia, onde e que nos juntamos para o barco? e o que convem levar",
         "Small talk greeting + " + both(Q_ENCONTRO, Q_LEVAR) + " — kiosk no. 7 at the Marina de Lagos by the "
         "drawbridge, 15 min early; swimwear, towel, sunscreen, hat, water, shoes that can get wet (dry bag provided).",
         "Only one half without pointing to the other; the booking entry."),
        ("e se chover?",
         faq(Q_TEMPO) + " — light rain and a calm sea: the tour goes ahead; they decide up to 2 h before (waves over "
         "1,5 m or strong wind) and then offer another date or 100 % back; notice by SMS/WhatsApp.",
         "The cancellation entry (50 %); the what-to-bring entry; asking what he means."),
        ("como marco para 4? e eu fico mal com o balanço, no das grutas vou sofrer?",
         both(Q_RESERVA, Q_ENJOO) + " — book on the site, by phone 282 760 413, WhatsApp 912 408 367 or at the kiosk, "
         "paying when booking; the caves boat stays near the coast in calmer water, 1h15: hardly anyone gets sick "
         "(tablet 1 h before if worried).",
         "Only one half without pointing to the other; the group discount (4 people is not a group); the dolphin tour."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
