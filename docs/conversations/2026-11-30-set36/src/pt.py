"""pt: Escola de Natação Raia Azul (made up), a swimming school with classes for babies, children and adults, free
swim and hydrogymnastics in Porto Alegre, customers writing everyday Brazilian Portuguese (pt-BR) with a few gaúcho
words (bah, tri, guri/guria, tchê, capaz)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MENSALIDADE = "Quanto custa a mensalidade?"
Q_HORARIOS = "Quais são os horários das aulas?"
Q_BEBES = "A partir de que idade o bebê pode fazer aula?"
Q_EXAME = "Precisa de exame médico para entrar na piscina?"
Q_MATERIAL = "O que preciso levar para a aula?"
Q_TURMAS = "Como são divididas as turmas?"
Q_EXPERIMENTAL = "Posso fazer uma aula experimental?"
Q_LIVRE = "Como funciona o nado livre?"
Q_REPOSICAO = "Se eu faltar, posso repor a aula?"
Q_AQUECIDA = "A piscina é aquecida?"
Q_CANCELAR = "Como cancelo ou tranco a matrícula?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_HIDRO = "Como funciona a hidroginástica?"
Q_ENDERECO = "Onde fica a escola e tem estacionamento?"
Q_SEGURANCA = "Quem cuida das crianças durante a aula?"

FAQ = [
    (Q_MENSALIDADE,
     "Crianças (3 a 14 anos): 2x por semana R$ 260, 3x R$ 330. Adultos: 2x R$ 240, 3x R$ 310. Bebês: 1x por semana "
     "R$ 190. Hidroginástica: 2x R$ 210. Matrícula R$ 80 (isenta para irmãos). Irmãos têm 10% de desconto na "
     "mensalidade.",
     "preços", ["mensalidade", "preço", "valor", "matrícula", "desconto"],
     ["quanto custa a natação", "valor da mensalidade infantil", "tem desconto pra irmãos"]),
    (Q_HORARIOS,
     "Segunda a sexta das 6h30 às 21h30, sábado das 8h às 12h. Crianças: 8h às 11h e 14h às 18h. Adultos: 6h30 às "
     "8h e 18h às 21h30. Bebês: terça e quinta 10h e sábado 9h e 10h. Aulas de 45 minutos (bebês 30).",
     "horários", ["horário", "turno", "manhã", "tarde", "noite"],
     ["que horas tem aula", "tem aula de noite", "horario das criancas"]),
    (Q_BEBES,
     "De 6 meses a 3 anos, sempre com um dos pais (ou outro adulto responsável) dentro da água com o bebê. Piscina "
     "própria a 32 °C, turmas de até 8 bebês, aulas de 30 minutos. Fralda de natação descartável ou de pano é "
     "obrigatória.",
     "aulas", ["bebê", "idade mínima", "meses", "mamãe e bebê"],
     ["meu bebe ja pode nadar", "aula pra bebe", "a mae entra junto"]),
    (Q_EXAME,
     "Sim: exame dermatológico a cada 6 meses (fazemos grátis na escola toda segunda das 17h às 19h, ou traga de um "
     "médico). Acima de 60 anos e na hidroginástica também atestado cardiológico. Com micose, verruga ou outra "
     "infecção de pele a entrada fica suspensa até o fim do tratamento (as aulas perdidas podem ser repostas).",
     "regras", ["exame", "dermatológico", "atestado", "médico", "pele"],
     ["precisa de atestado", "onde faço o exame", "exame de pele"]),
    (Q_MATERIAL,
     "Touca e óculos de natação, maiô ou sunga (nada de bermuda de praia), chinelo, toalha e um cadeado para o "
     "armário. Bebês: fralda de natação e uma toalha com capuz. Vendemos touca (R$ 35) e óculos (R$ 60) na recepção.",
     "aulas", ["touca", "óculos", "maiô", "sunga", "chinelo"],
     ["o que levar na primeira aula", "precisa de touca", "vendem oculos"]),
    (Q_TURMAS,
     "Por nível e idade: adaptação (para quem tem medo ou nunca entrou na água, até 4 alunos por professor), "
     "iniciante, intermediário e aperfeiçoamento (até 8). O nível é definido na aula experimental e revisto a cada "
     "3 meses.",
     "aulas", ["nível", "turma", "iniciante", "adaptação", "avaliação"],
     ["nao sei nadar nada", "como sao as turmas", "tem turma pra iniciante"]),
    (Q_EXPERIMENTAL,
     "Sim, uma aula experimental grátis para cada aluno novo, com avaliação do nível. Agende pelo WhatsApp (51) "
     "99812-4736 com pelo menos 24 horas de antecedência e traga o material; para entrar na piscina depois da "
     "experimental é preciso o exame dermatológico.",
     "aulas", ["aula experimental", "aula teste", "grátis", "conhecer"],
     ["posso fazer uma aula teste", "a primeira aula e de graca", "quero conhecer antes"]),
    (Q_LIVRE,
     "Raia livre de segunda a sexta das 12h às 14h e das 20h às 21h30, sábado das 8h às 12h. Avulso R$ 25, plano "
     "mensal R$ 150 (livre nesses horários). Alunos matriculados têm 1 nado livre grátis por semana. Touca "
     "obrigatória e exame em dia.",
     "piscina", ["nado livre", "raia livre", "avulso", "treino"],
     ["posso nadar sem ser aula", "tem raia livre", "quanto e o avulso"]),
    (Q_REPOSICAO,
     "Até 2 reposições por mês, agendadas com 24 horas de antecedência pelo WhatsApp e feitas em até 30 dias. Com "
     "atestado médico todas as aulas perdidas podem ser repostas em até 60 dias. Feriados e recesso (24/12 a 3/1) "
     "não têm reposição.",
     "aulas", ["reposição", "falta", "repor", "aula perdida"],
     ["faltei posso repor", "como marco reposicao", "perdi aula por doenca"]),
    (Q_AQUECIDA,
     "Sim, as piscinas são cobertas e aquecidas o ano todo: a principal a 30-31 °C e a dos bebês a 32 °C. A água "
     "é tratada com ozônio e pouco cloro, o que irrita menos os olhos e a pele.",
     "piscina", ["aquecida", "temperatura", "cloro", "coberta"],
     ["a agua e quente", "tem muito cloro", "a piscina e coberta"]),
    (Q_CANCELAR,
     "Cancelamento com 30 dias de aviso, pelo WhatsApp ou na recepção, sem multa: a última mensalidade cobrada é a "
     "do mês em que terminam os 30 dias. Trancamento: até 3 meses por ano, sem custo, com a vaga garantida no "
     "mesmo horário (avise até o dia 25 do mês anterior).",
     "matrícula", ["cancelar", "trancar", "matrícula", "aviso prévio", "multa"],
     ["quero cancelar", "posso trancar nas ferias", "tem multa pra sair"]),
    (Q_PAGAMENTO,
     "Pix, cartão de crédito (cobrança recorrente todo mês), débito na recepção ou boleto. Vencimento no dia 10; "
     "depois disso multa de 2% e juros de 1% ao mês. Nota fiscal com CPF ou CNPJ por e-mail.",
     "pagamento", ["pix", "cartão", "boleto", "vencimento", "nota fiscal"],
     ["aceita cartao", "posso pagar no pix", "qual o dia do vencimento"]),
    (Q_HIDRO,
     "Aulas de 45 minutos com música, água na altura do peito, para todas as idades; boa para quem tem dor nas "
     "articulações ou está em reabilitação, com liberação do médico. Segunda, quarta e sexta às 7h, 9h e 19h. "
     "Gestantes a partir do 2º trimestre com liberação do obstetra.",
     "aulas", ["hidroginástica", "hidro", "idosos", "gestantes", "terceira idade"],
     ["como e a hidro", "tem hidro pra idoso", "gravida pode fazer hidro"]),
    (Q_ENDERECO,
     "Rua Dona Laura 1320, bairro Rio Branco, Porto Alegre (perto da Av. Protásio Alves). Estacionamento "
     "conveniado ao lado: R$ 8 as primeiras 2 horas com o ticket carimbado na recepção. Ônibus da Protásio a 2 "
     "quadras.",
     "escola", ["endereço", "localização", "estacionamento", "bairro"],
     ["onde fica", "tem estacionamento", "qual o endereco"]),
    (Q_SEGURANCA,
     "Professores formados em Educação Física com registro no CREF e um salva-vidas na piscina durante todo o "
     "horário. Os pais não entram na área da piscina (exceto nas aulas de bebês), mas podem assistir pelo vidro da "
     "arquibancada no mezanino. Na adaptação são no máximo 4 "
     "crianças por professor.",
     "escola", ["segurança", "professores", "salva-vidas", "pais assistem"],
     ["e seguro", "quem sao os professores", "posso assistir a aula"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye with gaúcho words
        ("oi boa tarde! quanto ta a mensalidade pra crianca de 7 anos? e tem horario de tarde?",
         "Small talk greeting + " + both(Q_MENSALIDADE, Q_HORARIOS) + " — children 2x a week R$ 260, 3x R$ 330 "
         "(enrolment R$ 80); children's classes 14:00-18:00 in the afternoon (and 8:00-11:00).",
         "Only one half without pointing to the other; the adult price; saying there are only morning classes."),
        ("e ele morre de medo, nunca entrou numa piscina",
         faq(Q_TURMAS) + " — the adaptation group is for exactly that: at most 4 pupils per teacher; level set in "
         "the trial class.",
         "The safety entry alone; the baby classes; asking what she means."),
        ("e a agua é gelada? ele é muito friorento",
         faq(Q_AQUECIDA) + " — covered and heated all year, 30-31 °C (babies' pool 32 °C); ozone, little chlorine.",
         "The 'what to bring' entry (towel); 'not covered'; asking what she means."),
        ("bah tri bom, valeu mesmo! tchau",
         "Small talk: acknowledgement + thanks + goodbye (`bah` = wow, `tri` = very/great) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("oi, queria uma informacao",
         "Too vague to answer — choices (prices, times, babies, adults...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("minha guria tem 9 meses e a pediatra disse que ia fazer bem pra ela, ja pode entrar na agua assim pequena? "
         "eu tenho que entrar junto?",
         TYPE + faq(Q_BEBES) + " — yes, from 6 months to 3 years, always with a parent in the water; own pool at "
         "32 °C, groups of up to 8 babies, 30-minute classes (Tue/Thu 10:00, Sat 9:00 and 10:00). `guria` = girl, "
         "here the baby daughter.",
         "Tapping an earlier choice; saying babies start at 3; saying the parent waits outside; not understanding "
         "`guria`."),
        ("e o que ela usa, fralda normal?",
         faq(Q_MATERIAL) + " — no: a swim nappy (disposable or cloth), plus a hooded towel for babies.",
         "Saying a normal nappy is fine; the babies' prices; asking what she means."),
        ("peraí, to falando com uma pessoa ou com um robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("boa noite, é sobre o meu pai",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nenhuma dessas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ele tem 72 anos, operou o joelho em setembro e o fisioterapeuta mandou fazer exercicio dentro dagua, tem "
         "alguma coisa pra ele?",
         faq(Q_HIDRO) + " — hydrogymnastics: 45 min, water at chest height, all ages, good for joints and "
         "rehabilitation with the doctor's OK; Mon/Wed/Fri 7:00, 9:00, 19:00; 2x R$ 210. Mentioning the cardiological "
         "certificate for over-60s (exam entry) is a plus.",
         "Adult swimming classes only; 'not covered'; the free swim."),
        ("e vocês fazem fisioterapia na agua com fisioterapeuta? o plano de saude dele cobre",
         "Not covered by the FAQ (near the trade: aquatic physiotherapy and health-insurance billing are not offered) "
         "— says so honestly, may offer a person or the WhatsApp number.",
         "Inventing a physiotherapy service or insurance deal; the hydrogymnastics entry as if it were physiotherapy."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("olá, quero me matricular pra nadar de manha cedo antes do trabalho, precisa de algum exame? e da pra pagar "
         "no cartao?",
         both(Q_EXAME, Q_PAGAMENTO) + " — dermatological exam every 6 months (free at the school on Mondays 17:00-"
         "19:00 or from a doctor); credit card (recurring), debit at the desk, Pix or boleto; due on the 10th. Adult "
         "early classes 6:30-8:00 are a plus.",
         "Only one half without pointing to the other; saying no exam is needed; saying cards are not accepted."),
        ("vc nao respondeu o que perguntei. e se eu tiver uma micose no pé, ainda posso?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_EXAME) + " — with a "
         "fungal or other skin infection entry is suspended until the treatment ends; missed classes can be made up.",
         "A plain yes; repeating the first answer without the skin-infection rule; a handover without answering."),
        ("esquece, assim nao da. quero falar com alguem da escola, uma pessoa de verdade",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("alo?? tem alguem ai? to esperando faz um tempao",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the timetable); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("MEU FILHO FICOU 2 SEMANAS DE CAMA COM PNEUMONIA E AGORA A RECEPCAO DIZ QUE SO DEIXA RECUPERAR DUAS?? paguei "
         "o mes inteiro!!! que palhaçada",
         faq(Q_REPOSICAO) + " — calm, acknowledges the anger: normally 2 make-ups a month, but with a medical "
         "certificate all missed classes can be made up within 60 days; book 24 h ahead by WhatsApp. Offering a "
         "person as well is fine.",
         "A cold answer ignoring the anger; repeating only the 2-a-month rule; the cancelling/pausing entry; the exam "
         "entry; a handover with no explanation."),
        ("e por acaso vc sabe se o brique da redenção abre nesse domingo?",
         "Not covered (unrelated: the Sunday street market in Redenção park) — says it cannot help with that, no FAQ "
         "answer.",
         "Any FAQ entry (e.g. the school's hours); inventing market hours."),
        ("mesmo assim quero que a coordenadora me ligue, meu celular é (51) 99634-2187, de tarde depois das 14h",
         "Hands over / passes on a callback request to (51) 99634-2187 after 14:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the school's WhatsApp; an FAQ answer; asking to rephrase."),
        ("e isso costuma demorar muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 60 days for make-ups; the 24 h booking rule; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in gaúcho words
        ("meu marido foi transferido pra curitiba e a gente se muda dia 20 de dezembro, entao a partir de janeiro os "
         "guris nao vao mais nadar ai",
         faq(Q_CANCELAR) + " — cancelling needs 30 days' notice by WhatsApp or at the desk, no fine; the month of the "
         "30 days end is the last one charged (notice on 30 November → ends 30 December → December is the last month). May mention pausing (trancamento) as an "
         "alternative. Does not claim it is done. `guris` = kids.",
         "Claiming the enrolment was cancelled; the make-up entry; the payment entry; deciding without stating the "
         "rule."),
        ("ah ta, beleza",
         "Ambiguous yes — asks what she means (cancel both children now?) or explains the next step (WhatsApp / the "
         "desk); must not claim anything was cancelled.",
         "Saying the enrolment is now cancelled; a random FAQ entry."),
        ("e se der errado la e a gente voltar em março, perde a vaga?",
         faq(Q_CANCELAR) + " — if they cancel, the place is not kept; pausing (trancamento) up to 3 months a year at "
         "no cost keeps the place at the same time — January to March fits; tell by 25 December for January.",
         "Saying the place is always kept; the enrolment fee alone; asking what she means."),
        ("bah tchê, capaz que eu vou entender tudo isso por mensagem, me passa pra alguem da secretaria",
         "Hands over to a person (`bah tchê` = oh man, `capaz que` = no way) — short, no FAQ answer.",
         "An FAQ answer (e.g. the rule again); reading `capaz` as 'maybe I will'; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! trabalho aqui perto e queria nadar na hora do almoço sem ser aula, pode? e onde fica exatamente a "
         "escola?",
         "Small talk greeting + " + both(Q_LIVRE, Q_ENDERECO) + " — free lanes Mon-Fri 12:00-14:00 (and 20:00-21:30, "
         "Sat 8:00-12:00), cap and valid exam required; Rua Dona Laura 1320, Rio Branco, near Av. Protásio Alves, "
         "partner car park R$ 8 for 2 h.",
         "Only one half without pointing to the other; adult class times instead of the free lanes."),
        ("e quanto sai?",
         faq(Q_LIVRE) + " — R$ 25 a single visit, R$ 150 a month; enrolled pupils get 1 free swim a week.",
         "The class fees (adults R$ 240); asking what she means."),
        ("ultima: minha sobrinha de 5 anos vai passar as ferias comigo, da pra ela fazer uma aula pra testar? e eu "
         "posso ficar olhando?",
         both(Q_EXPERIMENTAL, Q_SEGURANCA) + " — one free trial class with level assessment, booked by WhatsApp (51) "
         "99812-4736 at least 24 h ahead (the exam is needed only to continue); parents do not go to the pool side "
         "but can watch through the glass from the mezzanine; CREF teachers and a lifeguard.",
         "Only one half without pointing to the other; saying the trial costs money; saying the aunt can stand by the "
         "pool."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
