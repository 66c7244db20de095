"""pt: Ventania Pilates Estúdio (made up), a Pilates studio in Florianópolis, Brazil; customers write Brazilian
Portuguese with words of Florianópolis (manezinho: ó-lhó-lhó, ixtepô, tanso, dazumbanho, mofas com a pomba na balaia,
tu sabes, vento sul, dar praia) and everyday Brazilian (tô, pra, vc, pq, kkk, zap, nenê). The bot serves pt-BR."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_EXPERIMENTAL = "Vocês têm aula experimental?"
Q_PLANOS = "Quais são os planos e valores?"
Q_HORARIO = "Qual o horário de funcionamento?"
Q_REPOSICAO = "Como desmarco e reponho uma aula?"
Q_PARTICULAR = "Vocês dão aula particular?"
Q_FISIO = "Vocês fazem pilates com fisioterapeuta?"
Q_GESTANTE = "Grávida pode fazer pilates?"
Q_ROUPA = "Que roupa devo usar na aula?"
Q_PAGAMENTO = "Quais as formas de pagamento?"
Q_CANCELAR = "Como cancelo ou tranco meu plano?"
Q_INICIANTE = "Nunca fiz pilates, posso começar?"
Q_LOCAL = "Onde fica o estúdio e tem estacionamento?"
Q_AGENDA = "Como escolho e mudo meus horários fixos?"
Q_MAT = "Vocês têm pilates de solo?"
Q_APPS = "Vocês aceitam Wellhub (Gympass) ou TotalPass?"

FAQ = [
    (Q_EXPERIMENTAL,
     "Sim. A aula experimental dura 50 minutos e custa R$ 40; o valor é descontado da primeira mensalidade se você se "
     "matricular em até 7 dias. Agende pelo WhatsApp (48) 99614-2730 e chegue 10 minutos antes para uma conversa rápida "
     "sobre saúde e objetivos. Uma aula experimental por pessoa.",
     "aulas", ["aula experimental", "primeira aula", "experimentar", "conhecer"],
     ["posso fazer uma aula teste", "a primeira aula é grátis", "quero conhecer o estúdio"]),
    (Q_PLANOS,
     "Aulas em grupo nos aparelhos (até 4 alunos, 50 minutos): 1x por semana R$ 240/mês, 2x R$ 380/mês, 3x R$ 480/mês. "
     "Aula avulsa R$ 70. Plano trimestral com 10 % de desconto e semestral com 15 %. Sem taxa de matrícula.",
     "planos", ["planos", "valores", "mensalidade", "preço", "avulsa"],
     ["quanto custa o pilates", "quanto é 2x por semana", "tem aula avulsa"]),
    (Q_HORARIO,
     "Segunda a sexta das 6h às 21h (última aula às 20h) e sábado das 8h às 12h. Domingos e feriados fechado. Em janeiro "
     "e fevereiro o estúdio abre às 7h.",
     "horários", ["horário", "abre", "fecha", "sábado", "funcionamento"],
     ["que horas vocês abrem", "abre sábado", "até que horas tem aula"]),
    (Q_REPOSICAO,
     "Desmarque pelo app ou pelo WhatsApp com pelo menos 3 horas de antecedência: você ganha uma reposição, que deve ser "
     "feita em até 30 dias e dentro do plano vigente (no máximo 4 por mês). Faltas sem aviso ou avisadas com menos de 3 "
     "horas não têm reposição. Aulas que caem em feriado são repostas automaticamente.",
     "aulas", ["desmarcar", "reposição", "remarcar", "faltar", "repor"],
     ["como remarco minha aula", "faltei, posso repor", "até quando posso desmarcar"]),
    (Q_PARTICULAR,
     "Sim. Aula particular de 50 minutos R$ 130; pacote de 8 aulas R$ 960 (R$ 120 cada). Em dupla, R$ 90 por pessoa por "
     "aula. Os horários são combinados com a instrutora, inclusive no sábado.",
     "aulas", ["particular", "individual", "personal", "dupla"],
     ["tem aula individual", "quanto custa aula particular", "posso fazer em dupla com meu marido"]),
    (Q_FISIO,
     "Sim, o pilates clínico é dado por fisioterapeutas, para dor lombar, hérnia de disco, pós-operatório e reabilitação. "
     "Começa com uma avaliação fisioterapêutica de 60 minutos (R$ 150); depois, sessões individuais de R$ 140 ou em dupla "
     "de R$ 100. Traga exames e pedido médico, se tiver. Não atendemos por convênio, mas damos recibo com CREFITO para "
     "pedir reembolso.",
     "saúde", ["fisioterapia", "fisioterapeuta", "dor", "hérnia", "reabilitação", "convênio"],
     ["tenho hérnia, posso fazer", "vocês atendem convênio", "pilates para dor nas costas"]),
    (Q_GESTANTE,
     "Pode, a partir da 12ª semana e com liberação por escrito do obstetra. As aulas são individuais ou em turmas de no "
     "máximo 2 gestantes, até a 36ª semana, com os valores normais dos planos. Depois do parto, a volta é com liberação "
     "médica: em geral 6 semanas após parto normal e 10 semanas após cesárea.",
     "saúde", ["gestante", "grávida", "gravidez", "pós-parto", "gestação"],
     ["estou grávida, posso fazer", "tem pilates para gestante", "quando posso voltar depois do parto"]),
    (Q_ROUPA,
     "Roupa de ginástica confortável e mais justa (legging, bermuda, camiseta que não suba). Meia antiderrapante é "
     "obrigatória, a aula é sem tênis; vendemos na recepção por R$ 35. Traga garrafinha de água; temos armários com "
     "cadeado e 2 vestiários com chuveiro.",
     "aulas", ["roupa", "meia", "antiderrapante", "vestir", "tênis"],
     ["o que eu visto", "precisa de meia", "tem vestiário"]),
    (Q_PAGAMENTO,
     "Pix, cartão de crédito ou débito e dinheiro na recepção. O plano mensal vence todo dia 10 (pode ser cobrança "
     "recorrente no cartão). Os planos trimestral e semestral podem ser parcelados em até 3x sem juros no cartão. Com mais "
     "de 10 dias de atraso, o agendamento de aulas fica bloqueado até o pagamento.",
     "planos", ["pagamento", "pix", "cartão", "parcelar", "vencimento"],
     ["aceita pix", "posso parcelar", "qual o dia do vencimento"]),
    (Q_CANCELAR,
     "Para cancelar, avise por escrito (WhatsApp ou e-mail) com 30 dias de antecedência; no plano mensal você paga só "
     "esse último mês. Nos planos trimestral e semestral há multa de 10 % sobre as mensalidades que faltam. Em caso de "
     "viagem, cirurgia ou doença você pode trancar o plano por até 60 dias por ano sem custo (doença com atestado).",
     "planos", ["cancelar", "trancar", "multa", "sair", "pausar"],
     ["quero cancelar meu plano", "posso trancar o plano", "tem multa para cancelar"]),
    (Q_INICIANTE,
     "Pode sim: recebemos alunos de 14 a 85 anos, sem experiência. Na primeira aula fazemos uma avaliação postural "
     "gratuita (20 minutos) e você entra numa turma do seu nível. Menores de 18 anos precisam da autorização de um "
     "responsável.",
     "aulas", ["iniciante", "começar", "idade", "nível", "sedentário"],
     ["nunca fiz, consigo acompanhar", "tem idade mínima", "sou sedentária, posso fazer"]),
    (Q_LOCAL,
     "Rua Lauro Linhares, 1288, sala 4, Trindade, Florianópolis, a 5 minutos a pé da UFSC. Temos 3 vagas na frente para "
     "alunos e bicicletário; na rua o estacionamento é livre depois das 18h. Ponto de ônibus a 100 m.",
     "estúdio", ["endereço", "onde", "estacionamento", "localização", "vaga"],
     ["qual o endereço", "tem onde estacionar", "fica perto da ufsc"]),
    (Q_AGENDA,
     "Na matrícula você escolhe dias e horários fixos conforme as vagas da turma (até 4 alunos). Dá para trocar o horário "
     "fixo 1 vez por mês sem custo, pelo app ou pelo WhatsApp, se houver vaga. Os horários mais disputados são 7h, 12h e "
     "18h.",
     "aulas", ["horário fixo", "turma", "trocar", "vaga", "app"],
     ["posso mudar meu horário", "quais horários têm vaga", "como marco as aulas"]),
    (Q_MAT,
     "Sim, Mat Pilates (no solo, com bola, faixa elástica e anel) em turmas de até 8 alunos, terça e quinta às 7h e às "
     "18h30, 50 minutos. Plano 2x por semana R$ 190/mês, aula avulsa R$ 45. Os aparelhos das outras aulas são reformer, "
     "cadillac, chair e barrel.",
     "aulas", ["solo", "mat pilates", "bola", "aparelhos", "reformer"],
     ["tem pilates no chão", "quais aparelhos vocês têm", "mat pilates é mais barato"]),
    (Q_APPS,
     "Sim, mas só para as aulas de Mat Pilates: check-in no app até 2 horas antes, no máximo 8 aulas por mês. Aulas nos "
     "aparelhos, particulares e de pilates clínico não entram nesses apps; para elas é preciso um dos nossos planos (a "
     "partir de R$ 240/mês).",
     "planos", ["Wellhub", "Gympass", "TotalPass", "aplicativo", "benefício"],
     ["aceita gympass", "tenho totalpass, posso usar", "o wellhub cobre os aparelhos"]),
]

PLAN = [
    [  # 1
        ("oi boa tarde! to querendo começar pilates pq minhas costas tão me matando de tanto ficar sentada no trabalho. "
         "quanto custa 2x na semana e da pra fazer uma aula antes pra ver se eu gosto?",
         "Small talk greeting + " + both(Q_PLANOS, Q_EXPERIMENTAL) + " — 2x a week R$ 380/month in a group on the "
         "apparatus (up to 4, 50 min; quarterly -10 %, half-year -15 %); trial class 50 min R$ 40, deducted from the "
         "first month if she signs up within 7 days, booked by WhatsApp (48) 99614-2730. (Mentioning clinical pilates "
         "for back pain is a plus, not required.)",
         "Only one half without pointing to the other; 'the trial class is free'; the private-class price as the answer."),
        ("e de manhã cedinho antes do serviço tem?",
         faq(Q_HORARIO) + " — yes, Mon-Fri from 6h (" + faq(Q_AGENDA) + ": 7h is one of the busiest times, fixed times "
         "by available place, may be added).",
         "'We open at 8h'; only the Saturday hours; the Mat Pilates times alone."),
        ("e o que eu visto? tenho que comprar alguma coisa?",
         faq(Q_ROUPA) + " — comfortable, fitted gym clothes; non-slip socks are compulsory (sold at the desk, R$ 35), no "
         "trainers; bring a water bottle; lockers and showers.",
         "'Bring trainers'; the plans' prices; a shopping list invented."),
        ("ó-lhó-lhó, mas que coisa mais boa! brigadão, beijo e até segunda!",
         "Small talk: acknowledgement + thanks + goodbye (`ó-lhó-lhó` = wow / look at that, Florianópolis; `brigadão` = "
         "big thanks) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("boa noite, queria tirar uma dúvida rapidinho",
         "Too vague to answer — choices (plans, trial class, times...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("tô de 14 semanas do meu primeiro bebê e a médica disse que exercício leve faria bem, vocês aceitam alguém "
         "assim?",
         TYPE + faq(Q_GESTANTE) + " — yes, from week 12 with a written clearance from the obstetrician; individual or "
         "groups of at most 2 pregnant women, up to week 36, normal plan prices.",
         "Tapping a choice; 'not during pregnancy'; forgetting the written clearance; the physiotherapy entry alone."),
        ("e depois que o nenê nascer, quanto tempo tenho que esperar pra voltar?",
         faq(Q_GESTANTE) + " — with medical clearance, usually 6 weeks after a normal birth and 10 weeks after a "
         "caesarean. (`nenê` = baby.)",
         "Inventing a shorter time; 'whenever you feel like it'; the plan-pause entry alone."),
        ("és tu mesma que tás respondendo ou é mensagem automática?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person. (`tu` with the 2nd-person "
         "verb, `és`, `tás`, as in Florianópolis.)",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("bom dia, é sobre as minhas aulas",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nenhuma dessas, é outra coisa",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("semana passada fiquei dois dias de cama com virose e perdi a de quinta e a de sexta, não tem como recuperar "
         "isso?",
         faq(Q_REPOSICAO) + " — classes called off by app or WhatsApp at least 3 h before give a make-up class within "
         "30 days and within the current plan (max 4 a month); missed without notice or with less than 3 h: no make-up. "
         "Asking whether she told the studio in time is right.",
         "Promising both make-ups without the rule; 'no make-ups ever'; the plan-pause entry alone (60 days for illness)."),
        ("e vcs fazem drenagem linfática também? minhas pernas vivem inchadas",
         "Not covered (near the trade: lymphatic drainage massage) — says so honestly, may offer a person; no price.",
         "Inventing a drainage service or price; the clinical pilates entry as if it answered this."),
    ],
    [  # 4
        ("quanto é a aula particular e vcs aceitam gympass?",
         both(Q_PARTICULAR, Q_APPS) + " — private class R$ 130 (8 for R$ 960), in pairs R$ 90 per person; Wellhub "
         "(Gympass) and TotalPass only for Mat Pilates, not for private classes.",
         "Only one half without pointing to the other; 'Gympass covers private classes'."),
        ("não era isso que eu perguntei. a empresa me dá aquele app de academia, queria usar ele umas 2 vezes por semana "
         "de manhã cedo, dá?",
         "Acknowledges the push-back + " + both(Q_APPS, Q_MAT) + " — the app only covers Mat Pilates: Tuesday and "
         "Thursday at 7h (or 18h30), so twice a week early works; check-in in the app up to 2 h before, max 8 a month; "
         "classes on the apparatus need a plan (from R$ 240/month).",
         "Repeating the private-class price; 'any class with the app'; inventing other early Mat times."),
        ("mofas com a pomba na balaia! de novo? me passa pra alguém do estúdio, cansei",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `mofas com a pomba na balaia` = "
         "you're kidding me, Florianópolis) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("ainda tem alguém por aí? ninguém falou mais nada",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("QUE ABSURDO!!! avisei pelo zap de manhã que não ia conseguir ir na das 18h pq meu filho tava com febre e agora "
         "a menina da recepção diz que perdi e pronto. pago 380 por mês pra isso???",
         faq(Q_REPOSICAO) + " — calm, apologises: notice by WhatsApp at least 3 h before gives a make-up class within "
         "30 days (max 4 a month), and a morning notice for 18h is more than 3 h, so by the rule she has one; offering a "
         "person to sort it out is fine too. (`zap` = WhatsApp.)",
         "Cold answer ignoring the anger; 'the class is lost'; the cancelling entry; 'not covered'."),
        ("e tu sabes se amanhã vai dar praia na Joaquina ou vem vento sul?",
         "Not covered (unrelated: the weather at Joaquina beach; `dar praia` = be beach weather, `vento sul` = the cold "
         "south wind) — says it cannot help with that, no FAQ answer.",
         "Inventing a forecast; the opening-hours entry."),
        ("pede pra dona do estúdio me ligar no (48) 99127-3054 amanhã de manhã, antes das 11",
         "Hands over / passes on a callback request to (48) 99127-3054 tomorrow (Wednesday 2 December) before 11h; no FAQ "
         "answer.",
         "Ignoring the number or the time; only giving the studio's WhatsApp; an FAQ answer."),
        ("e ela me liga mesmo ou vou ficar esperando à toa?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The opening hours; promising an exact time; an FAQ answer."),
    ],
    [  # 6
        ("oi, fui transferida pra Curitiba no trabalho e me mudo em janeiro, então não vou mais poder frequentar as aulas "
         "aí",
         faq(Q_CANCELAR) + " — written notice (WhatsApp or e-mail) 30 days ahead; on the monthly plan she pays only that "
         "last month; quarterly/half-year plans have a 10 % fine on the remaining months. Must not claim the plan is "
         "cancelled.",
         "Claiming it is cancelled now; the 60-day pause as the answer; charging the fine on a monthly plan."),
        ("hmm tá bom então",
         "Ambiguous yes — asks what she wants (give notice now? how?) or explains the next step; must not claim anything "
         "is cancelled.",
         "Saying the plan is now cancelled; a random FAQ entry."),
        ("e eu tenho umas 3 aulas pra repor ainda, perco elas?",
         faq(Q_REPOSICAO) + " — make-ups must be taken within 30 days and within the current plan, so after the plan "
         "ends they are lost; she can still take them before (max 4 a month).",
         "'They are refunded'; 'they carry over to Curitiba'; the cancelling entry alone."),
        ("ixtepô, tô mais perdida que cusco em procissão. deixa de ser tanso e me passa pra uma pessoa do estúdio, vai",
         "Hands over to a person (`ixtepô` = exclamation of annoyance, Florianópolis; `mais perdida que cusco em "
         "procissão` = totally lost, `cusco` = mutt; `tanso` = dim) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("bom diaaa! sou do Campeche e queria saber onde vocês ficam certinho, e se tem aula no sábado de manhã que "
         "durante a semana não consigo",
         "Small talk greeting + " + both(Q_LOCAL, Q_HORARIO) + " — Rua Lauro Linhares 1288, sala 4, Trindade, 5 min "
         "on foot from UFSC, 3 places in front for students; Saturday 8h-12h (Mon-Fri 6h-21h). (Private classes on "
         "Saturday, from " + faq(Q_PARTICULAR) + ", may be added.)",
         "Only one half without pointing to the other; 'closed on Saturday'; an address in Campeche."),
        ("tenho 67 anos e a última vez que me mexi foi no quartel kkk, não vou ser o dazumbanho da turma?",
         faq(Q_INICIANTE) + " — no: students from 14 to 85, no experience needed; free postural assessment (20 min) in "
         "the first class and a class of his level. (`dazumbanho` = clumsy one, Florianópolis; `quartel` = military "
         "service.)",
         "'Too old'; sending him to clinical pilates only; a joke about his age."),
        ("tá. e se eu tiver uma dor no joelho, tem alguém especializado? e posso pagar no pix?",
         both(Q_FISIO, Q_PAGAMENTO) + " — clinical pilates with physiotherapists: 60-min assessment R$ 150, then "
         "individual sessions R$ 140 (pairs R$ 100), no health-plan billing but a receipt for reimbursement; Pix, "
         "credit/debit card or cash, monthly plan due on the 10th.",
         "Only one half without pointing to the other; 'we accept health plans'; 'no Pix'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
