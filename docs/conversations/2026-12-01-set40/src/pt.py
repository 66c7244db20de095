"""pt: Escola de Surfe Maré Cheia (made up), surf school in Porto de Galinhas, Ipojuca, Pernambuco; customers write
Brazilian Portuguese of the Northeast with a few regional words (oxente/oxe, visse, arretado, mainha/painho, massa,
abestado, aperreado, vixe, barril)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_GRUPO = "Quanto custa a aula em grupo?"
Q_PARTIC = "Vocês dão aula particular?"
Q_PACOTE = "Tem pacote com várias aulas?"
Q_ALUGUEL = "Quanto custa o aluguel de prancha?"
Q_NIVEL = "Preciso saber nadar ou ter experiência?"
Q_CRIANCA = "A partir de que idade criança pode fazer aula?"
Q_MARE = "Como funciona a aula com a maré e as condições do mar?"
Q_LEVAR = "O que eu preciso levar para a aula?"
Q_HORARIO = "Quais são os horários das aulas?"
Q_LOCAL = "Onde fica a escola?"
Q_PAGAMENTO = "Quais as formas de pagamento?"
Q_REMARCAR = "Posso remarcar ou cancelar a aula?"
Q_TUBARAO = "É seguro surfar aí por causa de tubarão?"
Q_FOTO = "Vocês fazem fotos e vídeos da aula?"
Q_NIVEIS = "Como são os níveis das turmas?"

FAQ = [
    (Q_GRUPO,
     "Aula em grupo de 2 horas, no máximo 5 alunos por instrutor: R$ 180 por pessoa. Inclui prancha soft, lycra, "
     "parafina e seguro. 30 minutos de teoria na areia e 1h30 na água.",
     "preços", ["aula em grupo", "preço", "turma", "valor"],
     ["quanto e a aula", "valor da aula coletiva", "quanto pago por pessoa"]),
    (Q_PARTIC,
     "Sim. Aula particular de 1h30: R$ 320 para 1 pessoa, R$ 480 para 2 pessoas com o mesmo instrutor. Indicada para "
     "quem tem medo do mar ou quer corrigir a remada e a batida.",
     "preços", ["particular", "individual", "sozinho", "instrutor só pra mim"],
     ["aula so pra mim", "quanto e a particular", "aula a dois"]),
    (Q_PACOTE,
     "Pacote de 3 aulas em grupo: R$ 480. Pacote de 5 aulas: R$ 750 com a 5ª incluindo vídeo-análise. As aulas do "
     "pacote valem 60 dias e podem ser divididas entre pessoas da mesma família.",
     "preços", ["pacote", "várias aulas", "desconto", "5 aulas"],
     ["tem desconto pra mais aulas", "pacote de semana", "quanto sai 3 aulas"]),
    (Q_ALUGUEL,
     "Prancha soft: R$ 50 por 2 horas ou R$ 120 o dia. Prancha de fibra (só nível intermediário): R$ 80 por 2 horas ou "
     "R$ 180 o dia. Lycra R$ 20. Deixamos documento com foto como caução; quebra de quilha R$ 150.",
     "aluguel", ["aluguel", "alugar", "prancha", "caução"],
     ["quero alugar uma prancha", "quanto o dia da prancha", "tem prancha de fibra"]),
    (Q_NIVEL,
     "Precisa saber nadar pelo menos 50 metros e boiar. Não precisa experiência: a aula de iniciante começa na parte "
     "rasa, com água na cintura. Quem não sabe nadar pode fazer só a aula particular com colete, por R$ 320.",
     "níveis", ["nadar", "experiência", "iniciante", "nunca surfei"],
     ["nunca surfei na vida", "nao sei nadar direito", "precisa ter experiencia"]),
    (Q_CRIANCA,
     "Crianças a partir de 6 anos, na turma kids (6 a 12 anos), sábado e domingo às 8h, R$ 150 por criança, com "
     "instrutor na água a cada 3 crianças. De 4 a 5 anos só em aula particular, com um responsável na areia.",
     "crianças", ["criança", "idade", "kids", "filho", "anos"],
     ["meu filho de 7 anos pode", "tem aula infantil", "idade minima"]),
    (Q_MARE,
     "As aulas são marcadas pela maré: o melhor é maré enchendo ou cheia, por isso o horário muda a cada dia. Se o mar "
     "estiver grande (ondas acima de 1,5 m), com bandeira vermelha ou temporal, a aula é remarcada sem custo ou o "
     "dinheiro é devolvido. Avisamos por WhatsApp até 2 horas antes.",
     "condições", ["maré", "mar", "ondas", "chuva", "condições"],
     ["e se o mar tiver grande", "a maré interfere", "e se chover"]),
    (Q_LEVAR,
     "Traga roupa de banho, protetor solar resistente à água (aplicar 20 minutos antes), garrafa de água e toalha. "
     "Prancha, lycra e parafina estão incluídas. Não leve joias nem celular para a água; temos armário com chave "
     "por R$ 10.",
     "aula", ["levar", "trazer", "protetor", "roupa", "armário"],
     ["o que eu levo", "precisa levar prancha", "onde deixo minhas coisas"]),
    (Q_HORARIO,
     "Aulas todos os dias, em dois horários que seguem a maré: a primeira entre 6h e 9h e a segunda entre 14h e 17h. "
     "O horário exato do dia sai no nosso Instagram @marecheiasurf na véspera, às 18h. Chegue 15 minutos antes.",
     "horários", ["horário", "que horas", "manhã", "tarde"],
     ["que horas e a aula amanha", "tem aula de tarde", "qual o horario"]),
    (Q_LOCAL,
     "A escola fica na Praia de Maracaípe, Rua da Esperança 88, Ipojuca, a 4 km do centro de Porto de Galinhas. "
     "Tem estacionamento gratuito em frente. Buscamos no hotel em Porto de Galinhas por R$ 30 ida e volta (mín. 2 "
     "pessoas).",
     "local", ["endereço", "onde fica", "praia", "transporte", "buscar"],
     ["como chego ai", "vocês buscam no hotel", "fica em maracaipe"]),
    (Q_PAGAMENTO,
     "Pix (chave CNPJ 38.217.654/0001-09), cartão de débito ou crédito em até 3x sem juros para pacotes, e dinheiro. "
     "Para reservar pedimos 50 % por Pix pelo WhatsApp (81) 99634-2178; o resto no dia.",
     "pagamento", ["pagamento", "pix", "cartão", "sinal", "parcelar"],
     ["aceita cartao", "posso pagar no pix", "parcela o pacote"]),
    (Q_REMARCAR,
     "Remarcação ou cancelamento sem custo até 24 horas antes da aula, pelo WhatsApp (81) 99634-2178: o sinal é "
     "devolvido ou vale para outra data em 90 dias. Com menos de 24 horas o sinal não é devolvido, mas você pode "
     "mandar outra pessoa no seu lugar. Por mar ruim, sempre sem custo.",
     "reservas", ["remarcar", "cancelar", "desmarcar", "sinal", "devolução"],
     ["quero mudar o dia da aula", "nao vou poder ir", "devolve o sinal"]),
    (Q_TUBARAO,
     "Em Maracaípe não há registro de incidente com tubarão; a área de risco fica mais ao norte, na Grande Recife. "
     "Mesmo assim só entramos com maré cheia ou enchendo, nunca depois do pôr do sol nem em água turva depois de "
     "chuva forte, e sempre com 1 instrutor para até 5 alunos.",
     "segurança", ["tubarão", "seguro", "segurança", "perigo"],
     ["tem tubarao ai", "e perigoso surfar", "e seguro pra crianca"]),
    (Q_FOTO,
     "Sim: pacote de fotos da aula R$ 80 (umas 40 fotos editadas) e vídeo curto de 1 minuto R$ 60; os dois por "
     "R$ 120. Entregamos por link no WhatsApp em até 48 horas.",
     "extras", ["foto", "vídeo", "filmagem", "registro"],
     ["vocês tiram foto", "quero um video surfando", "quanto as fotos"]),
    (Q_NIVEIS,
     "3 níveis: iniciante (ficar em pé na espuma), intermediário (dropar onda verde e fazer a primeira cavada) e "
     "avançado (manobras, com surf-guia nos picos de Maracaípe e Serrambi). O instrutor avalia no primeiro dia; a "
     "aula de intermediário e avançado custa o mesmo da aula em grupo.",
     "níveis", ["nível", "intermediário", "avançado", "turma"],
     ["ja surfo um pouco", "tem aula pra quem ja fica em pe", "como sei meu nivel"]),
]

PLAN = [
    [  # 1
        ("oi bom dia!! quanto ta a aula e o que precisa levar? chego sexta em porto com mainha e a gente quer "
         "tentar pela primeira vez",
         "Small talk greeting + " + both(Q_GRUPO, Q_LEVAR) + " — group lesson 2 h, max 5 per instructor, R$ 180 per "
         "person (board, lycra, wax, insurance included); bring swimwear, waterproof sunscreen, water, towel; lockers "
         "R$ 10. (`mainha` = mum.)",
         "Only one half without pointing to the other; the private price."),
        ("e ela tem 61 anos e nada mais ou menos, da certo?",
         faq(Q_NIVEL) + " — must swim at least 50 m and float; no experience needed, shallow water; if she cannot swim, "
         "private lesson with a vest R$ 320.",
         "'Too old'; the children-age entry; inventing an age limit."),
        ("e pega a gente no hotel?",
         faq(Q_LOCAL) + " — yes, pick-up from a hotel in Porto de Galinhas R$ 30 return (min. 2 people); school in "
         "Maracaípe, Rua da Esperança 88, 4 km away.",
         "'No transport'; a wrong price."),
        ("massa demais, brigada visse! ate sexta",
         "Small talk: acknowledgement + thanks + goodbye (`massa` = cool, `visse` = you know/okay) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("ola uma duvida",
         "Too vague — choices or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("meu menino tem 5 anos e ta doido pra ficar em pe numa prancha igual o primo, ele entra na turminha dos "
         "maiores?",
         TYPE + both(Q_CRIANCA, Q_PARTIC) + " — kids group is 6-12; at 5 only a private lesson with a parent on the "
         "sand; private lesson 1h30 R$ 320.",
         "Tapping a choice; 'yes, kids group'; 'no lessons at all'."),
        ("e o do primo tem 8, no sabado que horas comeca?",
         faq(Q_CRIANCA) + " — kids class Saturday and Sunday at 8h, R$ 150 per child, 1 instructor in the water per 3 "
         "children.",
         "The adult tide times 6-9/14-17; the adult price."),
        ("tu e gente ou e robo?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer."),
    ],
    [  # 3
        ("boa tarde e sobre amanha",
         "Too vague — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao e nada disso nao",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet.",
         "Repeating the same choices; an immediate handover."),
        ("eu ja pego umas espumas e fico em pe de boa, queria pegar as verdinhas agora, entro em qual grupo? pago a "
         "mais?",
         faq(Q_NIVEIS) + " — intermediate level (green unbroken waves, first bottom turn); the instructor assesses on "
         "day 1; same price as the group lesson (R$ 180).",
         "The beginner group; charging the private price; the board-rental entry."),
        ("vocês vendem parafina e deck? a minha prancha ta toda descascada",
         "Not covered (near the trade: selling wax/deck pads, a surf shop, or board repair) — says so honestly, may "
         "offer a person.",
         "Inventing prices; the rental entry as if it covered it."),
    ],
    [  # 4
        ("quero pegar 5 aulas pra mim e meu marido e saber se da pra parcelar, como faz?",
         both(Q_PACOTE, Q_PAGAMENTO) + " — 5-lesson package R$ 750 (5th with video analysis), valid 60 days, can be "
         "shared within the family; card up to 3x without interest for packages; 50 % by Pix to book.",
         "Only one half without pointing to the other; 'no instalments'."),
        ("ue, mas nao disse quanto da pra dois e quanto mando agora",
         "Acknowledges the push-back + " + faq(Q_PACOTE) + " — either one package of 5 shared (R$ 750) or two packages "
         "(R$ 1.500); 50 % by Pix now (R$ 375 or R$ 750), rest on the day.",
         "Repeating the first answer unchanged; a wrong sum."),
        ("oxente, to ficando arretada com isso, me passa pra uma pessoa de verdade agora",
         "Push-back (second time in a row) + request for a person (angry; `oxente` = what?!, `arretada` = angry here) — short "
         "apology, hands over.",
         "Another FAQ answer; reading `arretada` as 'great'; asking to rephrase."),
        ("alguem ai???",
         WAIT + AFTER + "Waiting — reassures that a person has the message; no FAQ answer, no invented time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("PAGUEI 90 REAIS DE SINAL e hoje de manha mandaram msg que tava cancelado, fui la ainda assim e tava uma "
         "piscina, perfeito pra surfar, que palhaçada e essa, quero meu dinheiro",
         faq(Q_MARE) + " — calm, acknowledges the anger: lessons are cancelled for big sea (>1.5 m), red flag or storm, "
         "notice by WhatsApp up to 2 h before; then rebooking free OR money back. Offering a person is fine.",
         "Cold answer ignoring the anger; 'the deposit is lost'; the 24-hour cancellation entry."),
        ("e ja que to aqui, sabe me dizer se o ponto de jangada pras piscinas naturais abre amanha?",
         "Not covered (unrelated: raft trips to the natural pools) — says it cannot help, no FAQ answer.",
         "Inventing times; the tide entry."),
        ("quero que o dono me ligue, (81) 98877-4512, depois das 5",
         "Hands over / callback request to (81) 98877-4512 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the school's WhatsApp."),
        ("e quanto tempo demora pra me ligarem?",
         AFTER + "Waiting — reassures, no invented time; no FAQ answer.",
         "The 48-hour photo delivery; promising an exact time."),
    ],
    [  # 6
        ("meu pai caiu e torceu o pe ontem, entao amanha as 7 a gente nao vai conseguir aparecer pra aula dele nao, "
         "e o sinal que eu paguei?",
         faq(Q_REMARCAR) + " — more than 24 h before? Lesson tomorrow 7h: if still more than 24 h ahead (today before 7h) "
         "free, otherwise (less than 24 h) the deposit is not refunded but someone else may go; by WhatsApp (81) "
         "99634-2178. Must not claim anything is cancelled.",
         "Claiming it is cancelled; 'always refunded'; the tide entry."),
        ("ta bom entao",
         "Ambiguous yes — asks what she wants (cancel, move, or send someone else?); must not claim anything is done.",
         "Saying it is now cancelled or refunded; a random FAQ entry."),
        ("e se meu irmao for no lugar dele, ele nunca subiu numa prancha, tem problema?",
         faq(Q_REMARCAR) + " — yes, sending another person is allowed; a beginner is fine if he swims 50 m (beginner "
         "entry as a plus).",
         "'No transfer'; charging again."),
        ("vixe, to aperreada com painho, deixa de ser abestado e me passa pra alguem da escola por favor",
         "Hands over to a person (`vixe` = oh no, `aperreada` = worried, `painho` = dad, `abestado` = silly) — short, no FAQ answer.",
         "Another FAQ answer; asking to rephrase; taking offence."),
    ],
    [  # 7
        ("boa noite, e perigoso aquele negocio de tubarao ai? e da pra alugar so a prancha pro meu marido que ja "
         "surfa?",
         "Small talk greeting + " + both(Q_TUBARAO, Q_ALUGUEL) + " — no shark incident recorded in Maracaípe (risk "
         "area further north, Greater Recife), only with rising/high tide, never after sunset or in murky water; "
         "soft board R$ 50/2 h or R$ 120/day, fibreglass R$ 80/2 h or R$ 180/day, ID as deposit.",
         "Only one half without pointing to the other; 'no sharks anywhere in Pernambuco'."),
        ("a gente chega umas 15h no dia 10, ainda da pra cair na agua?",
         faq(Q_HORARIO) + " — second slot between 14h and 17h depending on the tide; exact time on Instagram "
         "@marecheiasurf the evening before at 18h; arrive 15 min early.",
         "Promising 15h exactly; the kids schedule."),
        ("e vcs filmam ele? e se o tempo ficar barril nesse dia?",
         both(Q_FOTO, Q_MARE) + " — photos R$ 80, 1-minute video R$ 60, both R$ 120, link within 48 h; big sea/red flag/"
         "storm → rebooked free or money back, notice 2 h before. (`barril` = tricky/bad.)",
         "Only one half without pointing to the other; 'no refund for weather'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
