"""pt: Piscina e Escola de Natação Ria Azul (made up), a swimming school and pool in Faro, customers writing everyday
European Portuguese (utente, fixe, está bem, telemóvel, pequeno-almoço) with a few Algarve words (atão)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECOS = "Quanto custam as aulas de natação?"
Q_IDADES = "A partir de que idade se pode ter aulas?"
Q_HORARIO = "Qual é o horário da piscina?"
Q_LIVRE = "Posso ir só nadar, sem aulas?"
Q_INSCRICAO = "Como faço a inscrição?"
Q_PAGAMENTO = "Como se paga a mensalidade?"
Q_EQUIPAMENTO = "O que é preciso levar para a piscina?"
Q_FALTAS = "E se faltar a uma aula?"
Q_DESISTIR = "Como desisto ou suspendo a inscrição?"
Q_AGUA = "A água é aquecida?"
Q_MORADA = "Onde ficam e há estacionamento?"
Q_BALNEARIOS = "Há balneários e cacifos?"
Q_HIDRO = "Têm hidroginástica e aulas para seniores?"
Q_FERIAS = "Têm campos de férias para crianças?"
Q_PAIS = "Os pais podem assistir às aulas?"

FAQ = [
    (Q_PRECOS,
     "Crianças: 1 aula por semana 32 €/mês, 2 aulas 52 €/mês. Adultos: 1 aula por semana 36 €/mês, 2 aulas 58 €/mês. "
     "Bebés: 34 €/mês (1 aula). Na primeira inscrição paga-se 20 € de inscrição, que inclui o seguro do ano. Irmãos "
     "têm 10 % de desconto na segunda mensalidade.",
     "preços", ["preço", "mensalidade", "aulas", "natação", "desconto"],
     ["quanto custa a natacao", "preco das aulas para criancas", "ha desconto para irmaos"]),
    (Q_IDADES,
     "Bebés dos 6 aos 36 meses, com o pai ou a mãe dentro de água. Dos 3 aos 5 anos, adaptação ao meio aquático "
     "(turmas de 6, aulas de 30 minutos, para quem tem medo da água). Dos 6 aos 14 anos, níveis de 1 a 5 (turmas até "
     "8). Adultos a partir dos 15 anos, desde quem não sabe nadar.",
     "aulas", ["idade", "bebés", "crianças", "adaptação ao meio aquático", "níveis"],
     ["com que idade podem comecar", "tem aulas para bebes", "o meu filho tem medo da agua"]),
    (Q_HORARIO,
     "Segunda a sexta das 7:00 às 22:00, sábado das 8:00 às 19:00 e domingo das 9:00 às 13:00. Fechamos nos feriados, "
     "no dia 24 de dezembro à tarde (a partir das 13:00) e no dia 25. A receção fecha 30 minutos antes da piscina.",
     "horários", ["horário", "abre", "fecha", "domingo", "feriados"],
     ["a que horas abre a piscina", "abrem ao domingo", "qual o horario da rececao"]),
    (Q_LIVRE,
     "Sim, em natação livre: entrada avulsa 5 €, cartão de 10 entradas 40 € (válido 6 meses) ou mensalidade livre 39 € "
     "(entradas ilimitadas). Nos dias úteis, das 17:00 às 20:00 só há 2 pistas livres; de manhã cedo há 4.",
     "preços", ["natação livre", "entrada", "cartão de 10 entradas", "sem aulas"],
     ["quero so nadar", "quanto custa uma entrada", "ha pistas livres"]),
    (Q_INSCRICAO,
     "Na receção ou em www.riaazul.pt. Precisas do cartão de cidadão ou documento do utente, do NIF e de preencher a "
     "declaração de saúde (acima dos 65 anos, atestado médico). A primeira aula experimental é gratuita; depois "
     "paga-se a inscrição de 20 €.",
     "inscrições", ["inscrição", "inscrever", "documentos", "aula experimental", "utente"],
     ["como me inscrevo", "que documentos sao precisos", "ha aula experimental"]),
    (Q_PAGAMENTO,
     "A mensalidade paga-se até ao dia 8 de cada mês, na receção (multibanco ou dinheiro), por MB Way para o "
     "912 448 307 ou por débito direto. Depois do dia 8 acrescem 5 €. Passamos fatura com NIF.",
     "pagamentos", ["pagamento", "MB Way", "multibanco", "débito direto", "atraso"],
     ["posso pagar por mb way", "ate quando se paga", "ha multa por atraso"]),
    (Q_EQUIPAMENTO,
     "Fato de banho ou calções de banho justos (calções de praia largos não são permitidos), touca obrigatória, "
     "chinelos e toalha. Óculos de natação recomendados. Na receção vendemos toucas a 6 € e óculos a 12 €. Duche "
     "obrigatório antes de entrar na água; o nadador-salvador pode mandar sair quem não cumprir.",
     "regras", ["touca", "fato de banho", "chinelos", "calções", "material"],
     ["o que levo para a piscina", "a touca e obrigatoria", "posso ir de calcoes"]),
    (Q_FALTAS,
     "Podes repor até 2 aulas por mês, na mesma semana ou na seguinte, marcando na receção ou pelo 289 813 462 se houver "
     "vaga noutra turma do mesmo nível. Aulas não repostas não são descontadas. Por doença de mais de 2 semanas, com "
     "atestado, a mensalidade fica suspensa.",
     "aulas", ["faltar", "repor aula", "compensação", "doença", "atestado"],
     ["posso compensar uma aula", "faltei a aula", "e se ficar doente"]),
    (Q_DESISTIR,
     "Avisa por escrito (receção ou info@riaazul.pt) até ao dia 20 do mês anterior; se não, paga-se o mês seguinte. "
     "Os meses já pagos não são devolvidos. Em julho e agosto podes suspender sem custos e guardar a vaga; voltar "
     "depois de desistir obriga a nova inscrição (20 €).",
     "inscrições", ["desistir", "anular", "suspender", "cancelar inscrição", "devolução"],
     ["quero anular a inscricao", "posso suspender no verao", "devolvem o dinheiro"]),
    (Q_AGUA,
     "Sim. A piscina grande (25 m, 6 pistas) está a 28 °C e o tanque de aprendizagem dos bebés e mais pequenos a "
     "32 °C. A água é tratada com UV e pouco cloro, e analisada 3 vezes por dia.",
     "piscina", ["água", "temperatura", "aquecida", "cloro", "fria"],
     ["a agua e fria", "a que temperatura esta a agua", "tem muito cloro"]),
    (Q_MORADA,
     "Rua das Gaivotas Brancas 17, Montenegro, Faro, a 5 minutos do Fórum Algarve. Temos 40 lugares de estacionamento "
     "gratuito e lugares para bicicletas. De autocarro, linha 16, paragem Ria Azul. Telefone 289 813 462.",
     "piscina", ["morada", "estacionamento", "como chegar", "autocarro", "parque"],
     ["onde fica a piscina", "ha lugar para o carro", "que autocarro apanho"]),
    (Q_BALNEARIOS,
     "Sim: balneário feminino, masculino e um balneário familiar para quem vem com crianças. Duches com água quente e "
     "secadores de cabelo. Cacifos com moeda de 1 € (devolvida ao abrir); quem quiser pode trazer cadeado. Não nos "
     "responsabilizamos por valores fora dos cacifos.",
     "piscina", ["balneário", "cacifo", "duche", "secador", "vestiário"],
     ["onde se muda a roupa", "tem cacifos", "os duches tem agua quente"]),
    (Q_HIDRO,
     "Sim. Hidroginástica 3 vezes por semana (segunda, quarta e sexta às 10:00 e às 19:00), 30 €/mês por 2 aulas "
     "semanais. Turma de seniores às 11:00 em água pouco funda. Utentes com mais de 65 anos têm 20 % de desconto. "
     "Grávidas a partir das 16 semanas, com autorização do médico.",
     "aulas", ["hidroginástica", "seniores", "idosos", "grávidas", "exercício na água"],
     ["tem aulas para idosos", "hidroginastica quanto custa", "gravidas podem fazer"]),
    (Q_FERIAS,
     "Sim, para crianças dos 6 aos 12 anos: no Natal (21 a 23 e 28 a 30 de dezembro) e no verão (julho e agosto), das "
     "8:30 às 17:30, com natação, jogos e almoço. 95 € por semana (Natal: 60 € por cada bloco de 3 dias); "
     "inscrições até 5 dias antes, vagas limitadas a 30.",
     "atividades", ["campo de férias", "férias", "crianças", "Natal", "verão"],
     ["tem atividades nas ferias", "campo de ferias de natal", "o que fazem as criancas no verao"]),
    (Q_PAIS,
     "Sim, da bancada envidraçada no primeiro piso, durante todas as aulas. À beira da piscina só na última aula de "
     "cada mês (aula aberta). Nas aulas de bebés (6 a 36 meses) um dos pais está dentro de água.",
     "aulas", ["pais", "assistir", "bancada", "ver a aula"],
     ["posso ver a aula do meu filho", "os pais podem ficar", "onde ficam os pais"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye (fixe)
        ("ola boa tarde, quanto fica a natacao para a minha filha de 7 anos duas vezes por semana? e a agua e "
         "quentinha? ela e muito friorenta",
         "Small talk greeting + " + both(Q_PRECOS, Q_AGUA) + " — children 2 classes a week 52 €/month (+ 20 € "
         "enrolment with insurance the first time); yes, heated: big pool 28 °C, learner pool 32 °C.",
         "Only one half without pointing to the other; the 1-class price (32 €) for 2; the adult prices; a "
         "handover."),
        ("e para mim uma vez?",
         faq(Q_PRECOS) + " — adults 1 class a week 36 €/month.",
         "The children's price; the free-swim prices; asking what she means without trying."),
        ("e ela tem de levar alguma coisa especial?",
         faq(Q_EQUIPAMENTO) + " — swimsuit, compulsory swim cap, flip-flops and a towel; goggles recommended; caps "
         "sold at 6 €, goggles 12 €; shower before entering.",
         "The enrolment documents; the changing rooms alone; asking what she means."),
        ("fixe, obrigada! ate amanha entao",
         "Small talk: acknowledgement + thanks + goodbye (`fixe` = great, European Portuguese) — short friendly "
         "close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("ola, tenho uma duvida sobre as aulas",
         "Too vague to answer — choices (prices, ages, enrolment, timetable...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("o meu rapaz fez 4 anos e tem pavor do mar, chora so de molhar os pes na praia. ha alguma coisa para ele?",
         TYPE + faq(Q_IDADES) + " — 3 to 5 years: water adaptation classes, groups of 6, 30 minutes, meant for "
         "children afraid of water.",
         "Tapping an earlier choice; the 6-14 levels; the water temperature entry because of `mar`; 'not covered'."),
        ("e eu posso ficar a ver?",
         faq(Q_PAIS) + " — yes, from the glazed stand on the first floor during all classes; at the poolside only in "
         "the open class, the last of each month.",
         "Saying parents must be in the water (that is the babies' class); asking what she means."),
        ("desculpe, estou a falar com uma pessoa ou com uma maquina?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("bom dia, e por causa do meu pai",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nao e nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ele tem 71 anos, foi operado ao joelho em outubro e o medico disse-lhe para mexer as pernas na "
         "piscina, tem la alguma coisa para a idade dele?",
         faq(Q_HIDRO) + " — aqua aerobics Mon/Wed/Fri 10:00 and 19:00, 30 €/month for 2 a week; a seniors' group at "
         "11:00 in shallow water; over 65: 20 % off. Over 65 a medical certificate is needed to enrol (a welcome "
         "extra).",
         "Only the adult swimming classes; the babies/children ages entry; 'not covered'."),
        ("e fisioterapia na agua com um fisioterapeuta, tambem fazem? ele tinha sessoes no hospital",
         "Not covered by the FAQ (near the trade: hydrotherapy with a physiotherapist is not offered) — says so "
         "honestly, offers a person or the phone number.",
         "Inventing a physiotherapy service or a price; the aqua aerobics entry as if it were physiotherapy."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("boa noite, queria inscrever os meus 2 filhos, o que tenho de levar a rececao para isso? e posso pagar por "
         "mb way?",
         both(Q_INSCRICAO, Q_PAGAMENTO) + " — citizen card or the child's document, NIF, the health declaration; a "
         "free trial class, then 20 € enrolment; monthly fee by the 8th, MB Way to 912 448 307 (also multibanco, "
         "cash, direct debit); siblings get 10 % off the second fee (a welcome extra).",
         "Only one half without pointing to the other; the equipment to bring (cap, swimsuit) instead of the "
         "documents; saying MB Way is not accepted."),
        ("nao percebeu o que eu perguntei. e se eles ficarem com gripe e nao forem uma semana, perde-se?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_FALTAS) + " — up to 2 "
         "classes a month can be made up in the same or next week (book at reception or 289 813 462); classes not "
         "made up are not deducted; illness over 2 weeks with a certificate: fee suspended.",
         "Ignoring the complaint and repeating the previous answer; the quitting entry; a handover without "
         "answering."),
        ("assim nao vamos la. quero falar com alguem da rececao, por favor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the phone number and hours); choices; asking to rephrase again."),
        ("esta ai alguem?? ja estou a espera ha um bocado",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("O MEU MARIDO FOI POSTO NA RUA HOJE POR CAUSA DAS BERMUDAS DE SURF!!! pagamos 5 euros e nem 10 minutos "
         "nadou, isto e uma palhaçada",
         faq(Q_EQUIPAMENTO) + " — calm, acknowledges the anger: loose beach shorts are not allowed (tight swim trunks "
         "or swimsuit), cap compulsory; the lifeguard may send out whoever does not comply. Offering a person as "
         "well is fine.",
         "A cold answer ignoring the anger; promising the 5 € back; the free-swim prices because of `5 euros`; a "
         "handover with no explanation. `posto na rua` = thrown out, `bermudas de surf` = board shorts."),
        ("ja agora sabe onde se come uma boa cataplana aqui em faro?",
         "Not covered (unrelated: a restaurant for cataplana, an Algarve seafood dish) — says it cannot help with "
         "that, no FAQ answer.",
         "Any FAQ entry (e.g. the address); inventing a restaurant."),
        ("quero que o responsavel me ligue, o meu telemovel e o 913 582 046, de preferencia de manha",
         "Hands over / passes on a callback request to 913 582 046, in the morning; no FAQ answer. `telemóvel` = "
         "mobile phone.",
         "Ignoring the number or the time; only giving the pool's phone number; an FAQ answer; asking to rephrase."),
        ("e isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The opening hours; promising an exact time."),
    ],
    [  # 6: leaving without the word, ambiguous yes, follow-up, person with an Algarve word
        ("o meu filho anda nas aulas de terca e quinta mas vamos mudar-nos para braga no fim do ano, portanto a partir "
         "de janeiro ja nao o vou poder trazer",
         faq(Q_DESISTIR) + " — tell in writing (reception or info@riaazul.pt) by 20 December, otherwise January is "
         "charged; months already paid are not returned; does not claim it is done.",
         "Claiming the enrolment has been cancelled; the summer suspension as the answer; the missed-classes entry; "
         "not mentioning the 20th."),
        ("esta bem",
         "Ambiguous yes — asks what she means or explains what happens next (in writing at reception / e-mail); must "
         "not claim anything was cancelled.",
         "Saying the enrolment is now cancelled; a random FAQ entry."),
        ("e dezembro que ja paguei todo, devolvem-me alguma coisa se ele so vier mais 2 semanas?",
         faq(Q_DESISTIR) + " — no: months already paid are not returned.",
         "Promising a partial refund; the payment entry (8th, +5 €) alone; asking what she means."),
        ("atao, ja estou toda baralhada com isto, passe-me la a uma pessoa da rececao se faz favor",
         "Hands over to a person (Algarve `atão` = então, well; `baralhada` = confused) — short, no FAQ answer.",
         "An FAQ answer (e.g. the reception's phone only); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia, da para deixar o carro ai perto? e ao domingo estao abertos?",
         "Small talk greeting + " + both(Q_MORADA, Q_HORARIO) + " — 40 free parking spaces at Rua das Gaivotas "
         "Brancas 17, Montenegro, Faro (bus 16); Sunday 9:00-13:00 (reception closes 30 minutes earlier).",
         "Only one half without pointing to the other; the weekday hours for Sunday; inventing paid parking."),
        ("e para dar umas bracadas de manhazinha antes do pequeno-almoco, sem professor, fica em quanto?",
         faq(Q_LIVRE) + " — free swim: single entry 5 €, 10-entry card 40 € (6 months) or unlimited 39 €/month; "
         "4 lanes free early in the morning; opens 7:00 on weekdays.",
         "The adult class prices (36 €/58 €); saying swimming without classes is impossible; asking what he means."),
        ("tem sitio para guardar a mochila? e nas ferias do natal tem alguma coisa para os miudos de 8 e 10 anos?",
         both(Q_BALNEARIOS, Q_FERIAS) + " — lockers with a 1 € coin (returned), own padlock possible; Christmas camp "
         "for 6-12 years, 21-23 and 28-30 December, 8:30-17:30 with lunch, 60 € per 3-day block; enrol up to 5 days "
         "before, 30 places.",
         "Only one half without pointing to the other; the summer price (95 € a week) for Christmas; inventing "
         "other dates."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
