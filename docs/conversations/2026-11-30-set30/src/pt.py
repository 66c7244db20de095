"""pt: Colina Elétrica (made up), an e-bike and e-scooter rental in Lisbon, plain everyday European Portuguese with a
few Lisbon slang words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECOS = "Quanto custa o aluguer?"
Q_IDADE = "Que idade é preciso ter e é preciso carta de condução?"
Q_CAPACETE = "O capacete está incluído?"
Q_CADEIRINHA = "Têm cadeirinhas para crianças?"
Q_CAUCAO = "É preciso deixar caução?"
Q_BATERIA = "Quantos quilómetros faz a bateria?"
Q_TOURS = "Fazem visitas guiadas?"
Q_ESTACIONAR = "Onde posso estacionar a bicicleta ou a trotinete?"
Q_DANOS = "O que acontece em caso de dano ou furto?"
Q_RESERVA = "Como faço uma reserva?"
Q_PAGAMENTO = "Como posso pagar?"
Q_CANCELAR = "Posso cancelar a reserva?"
Q_HORARIO = "Onde ficam e qual é o horário?"
Q_DEVOLVER = "Posso devolver a bicicleta noutro sítio?"
Q_PERCURSOS = "Que percursos recomendam?"

FAQ = [
    (Q_PRECOS,
     "Bicicleta elétrica: 9 € a primeira hora e 4 € cada hora seguinte, 25 € por meio dia (4 horas) e 35 € pelo dia "
     "inteiro (das 9:00 até ao fecho). Trotinete elétrica: 7 € por hora e 22 € pelo dia inteiro. A partir de 3 dias "
     "seguidos há 15 % de desconto.",
     "preços", ["preço", "quanto custa", "tarifas", "por hora", "dia inteiro"],
     ["quanto custa uma bicicleta por dia", "qual e o preço por hora", "quanto fica alugar"]),
    (Q_IDADE,
     "Bicicleta elétrica: a partir dos 14 anos, e até aos 17 sempre acompanhados por um adulto. Trotinete: só a partir "
     "dos 18 anos. Quem assina o aluguer tem de ter 18 anos e mostrar o cartão de cidadão ou o passaporte. Não é "
     "preciso carta de condução.",
     "condições", ["idade mínima", "carta de condução", "menores", "documento de identificação", "anos"],
     ["com que idade se pode alugar", "preciso de carta", "os menores podem andar"]),
    (Q_CAPACETE,
     "Sim, o capacete e o cadeado em U estão incluídos em todos os alugueres, sem custo. Temos capacetes em 3 tamanhos, "
     "também para crianças. Emprestamos ainda um suporte de telemóvel para o guiador; se o perder, paga 10 €.",
     "equipamento", ["capacete", "cadeado", "equipamento", "incluído", "suporte de telemóvel"],
     ["o capacete paga-se", "dão cadeado", "que equipamento vem com a bicicleta"]),
    (Q_CADEIRINHA,
     "Sim, cadeirinhas traseiras para crianças de 1 a 6 anos (até 22 kg), por 5 € por dia, só nas bicicletas elétricas. "
     "Também temos 4 bicicletas de criança (rodas de 20 e 24 polegadas, sem motor) por 10 € por dia. Ao fim de semana "
     "convém reservar.",
     "equipamento", ["cadeirinha", "criança pequena", "bebé", "bicicleta de criança", "miúdos"],
     ["tem cadeira para bebe", "posso levar o meu filho pequeno", "tem bicicletas para crianças"]),
    (Q_CAUCAO,
     "Sim: 150 € por bicicleta e 100 € por trotinete, com pré-autorização no cartão de crédito ou em dinheiro. Em "
     "dinheiro, devolvemos na hora quando entrega o veículo. No cartão não é cobrado nada: o banco liberta o valor "
     "retido em 3 a 7 dias úteis, conforme o banco.",
     "condições", ["caução", "depósito", "pré-autorização", "devolução da caução"],
     ["quanto e a caução", "tenho de deixar dinheiro", "quando me devolvem a caução"]),
    (Q_BATERIA,
     "A bicicleta elétrica faz 60 a 80 km com uma carga no modo eco e cerca de 40 km no modo mais forte. A trotinete faz "
     "uns 30 km. As subidas de Lisboa gastam mais bateria: se precisar, troque a bateria de graça na loja, até às 18:00.",
     "veículos", ["bateria", "autonomia", "quilómetros", "carga", "alcance"],
     ["quanto dura a bateria", "da para ir a belem e voltar", "e se a bateria acabar"]),
    (Q_TOURS,
     "Sim, de bicicleta elétrica, com guia em português, inglês ou espanhol: Belém e zona ribeirinha (3 horas, 45 € por "
     "pessoa, às 10:00) e Alfama, Graça e miradouros (2h30, 40 € por pessoa, às 15:00). Mínimo 2 e máximo 10 pessoas; "
     "bicicleta, capacete e uma garrafa de água incluídos.",
     "visitas", ["visita guiada", "tour", "guia", "passeio", "miradouros"],
     ["fazem tours de bicicleta", "ha passeios com guia", "quanto custa a visita a belem"]),
    (Q_ESTACIONAR,
     "Prenda sempre a bicicleta pelo quadro com o cadeado em U a um suporte de bicicletas ou a um poste. A trotinete só "
     "pode ficar nas zonas de estacionamento marcadas no chão, nunca em cima do passeio. As multas por mau "
     "estacionamento (a partir de 30 €) são pagas pelo cliente.",
     "regras", ["estacionar", "deixar a bicicleta", "cadeado", "parar", "multa"],
     ["onde deixo a trotinete", "posso prender a bicicleta a um poste", "onde se pode estacionar"]),
    (Q_DANOS,
     "Está incluído um seguro de responsabilidade civil para danos a terceiros. Os estragos no veículo pagam-se pela "
     "tabela de reparações, até ao valor da caução; em caso de furto paga até 900 € (bicicleta) ou 450 € (trotinete). "
     "Com o seguro extra de 4 € por dia não paga nada pelos estragos e, num furto com o cadeado posto, paga só 100 €. "
     "Em caso de acidente ou furto ligue logo para o 913 552 704 e apresente queixa na PSP.",
     "seguro", ["danos", "furto", "roubo", "seguro", "acidente", "avaria"],
     ["e se eu tiver um acidente", "tem seguro", "e se me roubarem a bicicleta"]),
    (Q_RESERVA,
     "Reserve no nosso site (paga logo online com cartão) ou por WhatsApp para o 913 552 704 (paga no levantamento). Ao "
     "fim de semana e para grupos a partir de 5 pessoas convém reservar com 48 horas; durante a semana costuma haver "
     "bicicletas sem reserva.",
     "reservas", ["reserva", "reservar", "marcar", "site", "antecedência"],
     ["como reservo", "e preciso marcar", "posso aparecer sem reserva"]),
    (Q_PAGAMENTO,
     "Com cartão de débito ou crédito (Visa, Mastercard), MB Way ou dinheiro. As reservas no site pagam-se online com "
     "cartão. Passamos fatura com NIF, também em nome de empresa; a caução é à parte (150 € por bicicleta).",
     "pagamentos", ["pagamento", "cartão", "MB Way", "dinheiro", "fatura"],
     ["aceitam cartao", "posso pagar em dinheiro", "passam fatura"]),
    (Q_CANCELAR,
     "Sim. Até 24 horas antes cancelamos sem custos e devolvemos 100 % do que pagou online. Com menos de 24 horas "
     "devolvemos 50 %, e se não aparecer não há devolução. Também pode mudar a data sem custos, conforme a "
     "disponibilidade. Se formos nós a cancelar uma visita por causa da chuva, devolvemos tudo ou marcamos outro dia.",
     "reservas", ["cancelar", "desmarcar", "anular reserva", "reembolso", "mudar a data"],
     ["quero cancelar", "posso mudar o dia", "devolvem o dinheiro se cancelar"]),
    (Q_HORARIO,
     "Estamos na Rua das Gaivotas Altas 14, no Cais do Sodré, a 3 minutos a pé da estação de comboios e do metro. "
     "Abrimos todos os dias das 9:00 às 19:00 (de abril a outubro até às 20:00). Os veículos entregam-se até à hora de "
     "fecho; cada hora de atraso custa 10 €.",
     "loja", ["morada", "horário", "loja", "Cais do Sodré", "aberto"],
     ["onde e a loja", "a que horas abrem", "ate que horas posso entregar"]),
    (Q_DEVOLVER,
     "Sim, a bicicleta pode ser entregue no nosso ponto de Belém, junto à estação de comboios de Belém, até às 18:00, "
     "com um suplemento de 5 € por bicicleta. As trotinetes só se entregam na loja do Cais do Sodré.",
     "loja", ["devolver", "entregar noutro local", "Belém", "ponto de entrega", "só ida"],
     ["posso deixar a bicicleta em belem", "tenho de voltar a loja", "da para fazer so ida"]),
    (Q_PERCURSOS,
     "O mais fácil é a ciclovia junto ao rio, do Cais do Sodré a Belém: 7 km quase planos e separados dos carros, cerca "
     "de 30 minutos. No Parque das Nações há mais 5 km de ciclovia à beira-rio. De trotinete, evite as ruas estreitas e "
     "a calçada de Alfama. Na loja damos um mapa grátis.",
     "percursos", ["percurso", "ciclovia", "rota", "mapa", "por onde ir"],
     ["por onde posso ir", "ha ciclovias", "que caminho recomendam"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Lisbon slang
        ("boa tarde! quanto fica alugar uma bicicleta eletrica o dia todo? e o capacete paga-se à parte?",
         "Small talk greeting + " + both(Q_PRECOS, Q_CAPACETE) + " — e-bike 35 € for the whole day (9:00 to closing); "
         "helmet and U-lock included at no cost.",
         "Only one half without pointing to the other; the guided tour prices; the deposit entry alone; a handover."),
        ("e uma trotinete?",
         faq(Q_PRECOS) + " — e-scooter 7 € per hour, 22 € for the whole day.",
         "The age entry (scooters from 18) alone without the price; the battery entry; asking what she means."),
        ("e se pararmos pra almoçar, onde a deixo?",
         faq(Q_ESTACIONAR) + " — lock the bike by the frame with the U-lock to a bike rack or a post (a scooter only in "
         "the marked parking zones, never on the pavement); parking fines from 30 € are the customer's.",
         "The drop-off-elsewhere entry (Belém); the opening hours; recommending restaurants."),
        ("bué fixe, obrigadão! até amanhã",
         "Small talk: acknowledgement + thanks + goodbye (Lisbon slang: `bué` = very; `fixe` = great, `obrigadão` = "
         "big thanks) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("ola, uma duvida sobre as bicicletas",
         "Too vague to answer — choices (prices, battery, parking, damage...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("quero ir até belem e voltar, a bateria aguenta ou fico a pedalar sem ajuda a meio do caminho?",
         TYPE + faq(Q_BATERIA) + " — 60-80 km in eco mode (about 40 km in the strongest), so Belém and back (about "
         "7 km each way from the shop) is easy.",
         "Tapping an earlier choice; the drop-off-in-Belém entry alone; the routes entry alone without the range."),
        ("e com estas subidas todas de lisboa?",
         faq(Q_BATERIA) + " — hills use more battery; the battery can be swapped for free at the shop until 18:00.",
         "The routes entry alone; the scooter's 30 km as the answer; asking what he means."),
        ("isto é uma pessoa a escrever ou é automatico?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("bom dia, tenho uma questao sobre o aluguer",
         "Too vague to answer — choices (prices, age, deposit, booking, damage...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nenhuma dessas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("se eu cair e estragar alguma coisa na bicla, tenho de pagar o arranjo do meu bolso?",
         faq(Q_DANOS) + " — damage to the bike is paid by the repair price list, up to the deposit; with the extra "
         "insurance (4 € a day) nothing; third-party liability is included; after an accident call 913 552 704.",
         "The deposit entry alone; 'not covered'; the helmet entry; a handover without the entry."),
        ("e voces tambem vendem bicicletas eletricas? queria comprar uma pra ir pro trabalho",
         "Not covered by the FAQ (near the trade: selling bikes is not offered) — says so honestly, offers a person or "
         "the phone number.",
         "Inventing sales or a price; the multi-day discount as if it answered; the prices entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("boas, somos 6 amigos. fazem tour guiado por alfama? e temos de reservar com antecedencia?",
         both(Q_TOURS, Q_RESERVA) + " — Alfama, Graça and viewpoints tour 2h30, 40 € per person at 15:00 (max 10); "
         "groups from 5 should book 48 h ahead, on the website (paid online) or by WhatsApp 913 552 704.",
         "Only one half without pointing to the other; the routes entry (Alfama is for avoiding with scooters); the "
         "self-guided prices only."),
        ("nao foi isso que eu perguntei. e aceitam mbway?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGAMENTO) + " — yes, MB "
         "Way, also cards and cash (website bookings are paid online by card).",
         "Ignoring the complaint and repeating the previous answer; saying only cash or only card; a handover without "
         "answering."),
        ("pronto, deixa lá. quero falar com alguem da loja, já",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("olá?? alguem me vai responder?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ontem bloquearam-me 150 euros no cartao quando levei a bicicleta e ate agora nada. isto é um roubo!!",
         faq(Q_CAUCAO) + " — calm, acknowledges the anger: the 150 € is a pre-authorisation for the deposit, nothing was "
         "charged; the bank releases it in 3-7 working days depending on the bank. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the theft entry because of `roubo`; the prices entry because of the 150 €; "
         "admitting a wrong charge as fact; a handover with no explanation."),
        ("ja agora sabe se o elevador de santa justa esta a funcionar hoje?",
         "Not covered (unrelated: a Lisbon landmark lift) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the routes or the tours); inventing opening times."),
        ("deixe estar. peçam a alguem que me ligue para o 936 170 482, depois das 18h",
         "Hands over / passes on a callback request to 936 170 482, after 18:00; no FAQ answer.",
         "Ignoring the number; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("e vou ficar à espera quanto tempo?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The bank's 3-7 working days for the deposit; the 48 h booking advice; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, slang person
        ("marquei duas trotinetes para sabado de manha mas afinal o nosso voo foi antecipado para sexta a noite",
         faq(Q_CANCELAR) + " — free up to 24 h before (100 % of what was paid online back), less than 24 h 50 %; the "
         "date can also be changed; do not claim it is done.",
         "Claiming the booking has been cancelled; the booking entry only; the drop-off or opening hours."),
        ("sim, está bem",
         "Ambiguous yes — asks what she means or explains what happens next (WhatsApp 913 552 704 / a person); must not "
         "claim anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry."),
        ("e o dinheiro que paguei pelo site volta todo?",
         faq(Q_CANCELAR) + " — yes, all of it if cancelled more than 24 h before Saturday's start; 50 % if later.",
         "The deposit entry (bank's 3-7 days); the payment entry alone; asking what money she means."),
        ("ó pá, isto tá bué confuso. passa-me aí a alguém da loja, se faz favor",
         "Hands over to a person (Lisbon slang: `ó pá` = hey man, `bué` = very, `tá` = está) — short, no FAQ answer.",
         "An FAQ answer (e.g. the shop address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("ola boa noite! o meu filho tem 15 anos, pode andar de trotinete? e têm cadeirinha pra mais pequena, que tem 3?",
         "Small talk greeting + " + both(Q_IDADE, Q_CADEIRINHA) + " — no scooter before 18, but at 15 he can ride an "
         "e-bike with an adult; child seats for 1-6 years (up to 22 kg) 5 € a day, on e-bikes only.",
         "Only one half without pointing to the other; saying the 15-year-old can take a scooter; the helmet entry "
         "alone."),
        ("e onde é que se pode andar à vontade com a pequena, sem carros?",
         faq(Q_PERCURSOS) + " — the riverside cycle path Cais do Sodré-Belém, 7 km almost flat and separated from cars "
         "(about 30 min), or the 5 km along the river at Parque das Nações; free map at the shop.",
         "The parking entry; the guided tours only; asking what she means."),
        ("no fim do dia podemos deixar as bicicletas em belem? e a vossa loja fica onde exatamente?",
         both(Q_DEVOLVER, Q_HORARIO) + " — yes, at the Belém point by the train station until 18:00, +5 € per bike; the "
         "shop is at Rua das Gaivotas Altas 14, Cais do Sodré, 3 min from the station, open 9:00-19:00 (20:00 "
         "April-October).",
         "Only one half without pointing to the other; the routes entry; saying bikes must come back to the shop."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
