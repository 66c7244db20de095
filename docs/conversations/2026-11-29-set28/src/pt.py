"""pt: Luz Certa Eletricistas (made up), a home electrician service in Braga, European Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_DESLOC = "Quanto custa a deslocação?"
Q_HORA = "Qual é o preço por hora?"
Q_URGENCIA = "Fazem serviços de urgência?"
Q_CERT = "Tratam da certificação da instalação elétrica?"
Q_QUADRO = "Quanto custa substituir o quadro elétrico?"
Q_ILUM = "Instalam candeeiros e iluminação?"
Q_CARREG = "Instalam carregadores para carros elétricos?"
Q_ORCAMENTO = "Fazem orçamentos?"
Q_ZONA = "Em que zonas trabalham?"
Q_PAGAMENTO = "Como posso pagar?"
Q_FATURA = "Passam fatura com NIF?"
Q_CANCELAR = "Como cancelo ou mudo uma visita marcada?"
Q_DISJUNTOR = "O disjuntor está sempre a disparar, o que faço?"
Q_HORARIO = "Qual é o vosso horário?"
Q_GARANTIA = "Os trabalhos têm garantia?"

FAQ = [
    (Q_DESLOC,
     "A deslocação custa 20 € dentro do concelho de Braga e 30 € nos concelhos vizinhos, até 25 km. Inclui os primeiros "
     "30 minutos de trabalho; a partir daí conta o preço por hora. Os valores têm IVA incluído.",
     "preços", ["deslocação", "vir a casa", "visita", "taxa de saída"],
     ["quanto cobram para vir ca", "a deslocacao paga-se", "quanto e so para virem"]),
    (Q_HORA,
     "28 € por hora mais IVA (23 %), contados à meia hora depois dos primeiros 30 minutos. O material é cobrado à parte, "
     "ao preço da fatura do fornecedor. Aos sábados de manhã o preço é o mesmo.",
     "preços", ["preço por hora", "mão de obra", "tabela", "valor hora"],
     ["quanto e a hora", "quanto cobram de mao de obra", "o material e a parte"]),
    (Q_URGENCIA,
     "Sim, 24 horas por dia, 7 dias por semana, pelo 913 27 40 56. Dentro de Braga chegamos em 2 horas no máximo. A "
     "deslocação de urgência custa 60 € em dias úteis até às 20h e 80 € à noite, aos fins de semana e feriados. Se "
     "cheirar a queimado ou houver faíscas, desligue o quadro geral e ligue logo.",
     "urgências", ["urgência", "emergência", "24 horas", "avaria", "noite"],
     ["fiquei sem luz agora", "vem alguem ao domingo", "tenho uma emergencia"]),
    (Q_CERT,
     "Sim. Fazemos a ficha eletrotécnica, o termo de responsabilidade e o pedido de inspeção à CERTIEL, e acompanhamos a "
     "inspeção. Para um apartamento até T3 custa desde 180 €, mais a taxa de inspeção. O certificado fica pronto em cerca "
     "de 10 dias úteis.",
     "certificação", ["certificação", "certificado", "CERTIEL", "inspeção", "ficha eletrotécnica"],
     ["preciso do certificado para ligar a luz", "fazem a inspecao", "quanto custa certificar a casa"]),
    (Q_QUADRO,
     "Um quadro novo para um apartamento T2 ou T3, com diferencial e disjuntores, custa desde 280 € com material e mão de "
     "obra. O trabalho faz-se num dia e a casa fica sem luz cerca de 4 a 6 horas. Moradias e quadros maiores, com "
     "orçamento.",
     "quadros", ["quadro elétrico", "quadro", "fusíveis", "diferencial", "disjuntores"],
     ["quero mudar o quadro", "o meu quadro ainda e de fusiveis", "quanto custa um quadro novo"]),
    (Q_ILUM,
     "Sim. Montar um candeeiro ou aplique custa 25 € por unidade; focos LED encastrados no teto, 18 € por ponto (sem o "
     "material). Também fazemos iluminação exterior, sensores de movimento e tomadas novas. A deslocação é cobrada à "
     "parte.",
     "iluminação", ["candeeiro", "iluminação", "focos LED", "luzes", "tomadas"],
     ["montam candeeiros", "quanto custa por um foco", "queria luz no jardim"]),
    (Q_CARREG,
     "Sim, instalamos wallbox até 7,4 kW em garagens individuais e de prédio. A instalação custa desde 450 € (sem o "
     "carregador), até 15 m de cabo a partir do quadro. Confirmamos antes a potência contratada (mínimo 6,9 kVA). Numa "
     "garagem de condomínio basta comunicar à administração por escrito. Fica feito em 1 dia.",
     "carregadores", ["carregador", "wallbox", "carro elétrico", "garagem", "posto de carregamento"],
     ["quero carregar o carro em casa", "quanto custa uma wallbox", "instalam na garagem do predio"]),
    (Q_ORCAMENTO,
     "Sim, gratuitos para trabalhos acima de 300 €. Marcamos a visita e enviamos o orçamento por email em 3 dias úteis; é "
     "válido 30 dias. Para trabalhos pequenos não fazemos orçamento: conta a deslocação e o preço por hora.",
     "preços", ["orçamento", "estimativa", "orçamento grátis", "visita para orçamento"],
     ["o orcamento paga-se", "podem vir ver e dar um preco", "quanto tempo demora o orcamento"]),
    (Q_ZONA,
     "Trabalhamos no concelho de Braga e nos concelhos vizinhos até 25 km: Guimarães, Barcelos, Vila Verde, Amares, Póvoa "
     "de Lanhoso e Vila Nova de Famalicão. Aí a deslocação é 30 €. Mais longe, só para obras com orçamento.",
     "zona", ["zona", "concelhos", "área de trabalho", "Guimarães", "Barcelos"],
     ["vem a guimaraes", "trabalham fora de braga", "ate onde se deslocam"]),
    (Q_PAGAMENTO,
     "No fim do serviço pode pagar com MB WAY, multibanco (temos terminal) ou dinheiro; ou por transferência bancária "
     "até 8 dias depois. Em obras acima de 1000 € pedimos 30 % de adiantamento.",
     "pagamentos", ["pagamento", "MB WAY", "multibanco", "transferência", "adiantamento"],
     ["aceitam multibanco", "posso pagar depois", "pagam-se logo"]),
    (Q_FATURA,
     "Sim, sempre. Basta dizer o NIF ao técnico; a fatura é emitida no local ou enviada por email em 24 horas. Para "
     "empresas indique também a morada fiscal. Uma segunda via pede-se por email e seguem em 2 dias úteis.",
     "pagamentos", ["fatura", "NIF", "contribuinte", "recibo", "segunda via"],
     ["preciso de fatura com contribuinte", "podem mandar a fatura por email", "faturam para a empresa"]),
    (Q_CANCELAR,
     "Avise-nos por telefone, SMS ou WhatsApp para o 913 27 40 56. Até 24 horas antes da hora marcada é grátis; com menos "
     "de 24 horas, ou com o técnico já a caminho, cobramos 20 € de deslocação.",
     "marcações", ["cancelar", "desmarcar", "mudar a data", "remarcar"],
     ["quero desmarcar", "posso mudar o dia", "tenho de pagar se cancelar"]),
    (Q_DISJUNTOR,
     "Desligue alguns aparelhos e volte a ligar o disjuntor. Se só dispara quando liga vários aparelhos ao mesmo tempo "
     "(forno, máquinas, aquecedor), a potência contratada pode ser baixa: peça o aumento à sua comercializadora. Se "
     "dispara sozinho ou não arma, marque uma visita; o diagnóstico cabe nos 30 minutos incluídos na deslocação de 20 €.",
     "avarias", ["disjuntor", "dispara", "diferencial", "potência contratada"],
     ["o diferencial vai sempre abaixo", "a luz salta", "o disjuntor nao arma"]),
    (Q_HORARIO,
     "De segunda a sexta das 8h30 às 18h30 e ao sábado das 9h às 13h. Fora deste horário só urgências, pelo 913 27 40 56. "
     "Marcações também pelo 253 61 84 27.",
     "horário", ["horário", "abertos", "a que horas", "marcações"],
     ["a que horas abrem", "trabalham ao fim de semana", "ate que horas posso ligar"]),
    (Q_GARANTIA,
     "Sim: 2 anos na mão de obra e 3 anos no material que fornecemos. Se algo que instalámos deixar de funcionar, "
     "ligue-nos com a fatura e vamos lá sem custos de deslocação nem de mão de obra.",
     "garantia", ["garantia", "defeito", "reclamação", "deixou de funcionar"],
     ["tem garantia", "avariou o que montaram", "quero reclamar de um trabalho"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with northern words
        ("boa tarde, quanto levam so para virem a casa? e depois a hora e a quanto?",
         "Small talk greeting + " + both(Q_DESLOC, Q_HORA) + " — call-out 20 € in Braga (30 € in neighbouring "
         "municipalities) incl. the first 30 min; then 28 € per hour + VAT, material extra.",
         "Only one half without pointing to the other; the emergency call-out (60/80 €) as the normal fee; a handover."),
        ("e se for sabado de manha?",
         faq(Q_HORARIO) + " — open Saturday 9h-13h; same price (the hourly-rate entry says so too; either or both is "
         "right).",
         "The emergency fee (weekend 80 €) for a Saturday morning; saying they do not work on Saturdays; asking what he "
         "means."),
        ("e vem a vila verde?",
         faq(Q_ZONA) + " — yes, Vila Verde is a neighbouring municipality: call-out 30 €.",
         "Saying no; 'not covered'; asking to rephrase."),
        ("atao ta bem, obrigadinho. adeus!",
         "Small talk: acknowledgement + thanks + goodbye (northern `atao` = então, `ta bem` = OK) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("bom dia, tenho uma duvida",
         "Too vague to answer — choices (call-out fee, prices, emergencies, quotes...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ca em casa vai tudo abaixo sempre que ligo o forno e a maquina da roupa ao mesmo tempo",
         TYPE + faq(Q_DISJUNTOR) + " — switch some appliances off and reset; if it only trips with several appliances "
         "on, the contracted power may be too low (ask the energy supplier); if it trips by itself, book a visit "
         "(diagnosis within the 30 min of the 20 € call-out).",
         "Tapping an earlier choice; the fuse-box replacement entry as the answer; the emergency entry alone."),
        ("e se cheirar a queimado?",
         faq(Q_URGENCIA) + " — switch off the main board and call the 24 h number 913 27 40 56 at once; within 2 hours "
         "in Braga.",
         "The fuse-box entry; a calm 'book a visit'; asking what she means."),
        ("isto e uma maquina a responder ou e uma pessoa?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer (`maquina` is not the washing machine); an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("tive um problema com o vosso servico",
         "Too vague to answer — choices (invoice, warranty, visit...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nada disso",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("o vosso rapaz montou-me focos na cozinha em março e dois ja nao acendem",
         faq(Q_GARANTIA) + " — 2 years on labour, 3 on material: call with the invoice and they come with no call-out "
         "or labour charge.",
         "The lighting entry with prices (18 € per spot) as if she had to pay; the call-out fee; a handover without "
         "the rule."),
        ("e ja agora, arranjam maquinas de lavar? a minha nao centrifuga",
         "Not covered by the FAQ (near the trade: appliance repair is not offered) — says so honestly, offers a person "
         "or the phone number.",
         "Inventing an appliance-repair service or a price; the tripping-breaker entry; the warranty entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("comprei um carro eletrico e queria por a carregar na garagem do predio, fazem isso? e a fatura pode ir com o "
         "nif da empresa?",
         both(Q_CARREG, Q_FATURA) + " — wallbox up to 7,4 kW from 450 € (charger not included), up to 15 m of cable, "
         "contracted power at least 6,9 kVA, tell the condominium administration in writing, done in 1 day; invoice "
         "always with NIF, also for a company (give the fiscal address), on the spot or by e-mail within 24 h.",
         "Only one half without pointing to the other; the certification entry; the quote entry alone."),
        ("nao foi isso que eu perguntei. e pago como? da pelo telemovel?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGAMENTO) + " — yes by phone with MB WAY; "
         "also multibanco or cash at the end, or bank transfer within 8 days; 30 % in advance above 1000 €.",
         "Ignoring the complaint and repeating the previous answer; the invoice entry alone; a handover without "
         "answering."),
        ("que coisa, nao acerta uma. quero falar com uma pessoa, JA",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("esta ai alguem?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("avisei na segunda de manha que ja nao precisava que viessem na quarta e agora aparecem 20 euros na fatura!!! "
         "isto e uma vergonha",
         faq(Q_CANCELAR) + " — calm, acknowledges the anger: up to 24 h before is free, so Monday for Wednesday should "
         "cost nothing; the 20 € should not have been charged (a person can correct it); offering a person is fine.",
         "Saying the 20 € is due; the invoice entry (second copy); a cold answer; a handover with no explanation."),
        ("ja agora sabe se o bom jesus esta aberto amanha?",
         "Not covered (unrelated: whether the Bom Jesus sanctuary near Braga is open tomorrow) — says it cannot help "
         "with that, no FAQ answer.",
         "The opening-hours entry; inventing an answer."),
        ("pode pedir a alguem que me ligue para o 936 58 21 47 depois das 18h?",
         "Hands over / passes on a callback request to 936 58 21 47, after 18h; no FAQ answer.",
         "Ignoring the number; only giving the company's phone numbers; an FAQ answer; asking to rephrase."),
        ("e quando e que me ligam?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The opening hours; the quote's 3 working days; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("o meu cunhado afinal trocou ele a tomada da sala, ja nao e preciso virem amanha as 10",
         faq(Q_CANCELAR) + " — tell them by phone, SMS or WhatsApp (913 27 40 56); with less than 24 h left it costs "
         "20 €; do not claim it is done.",
         "Claiming the visit has been cancelled; the lighting/sockets entry; the call-out fee entry alone."),
        ("sim sim",
         "Ambiguous yes — asks what he means or explains what happens next (phone/SMS / a person); must not claim "
         "anything was cancelled.",
         "Saying the visit is now cancelled; a random FAQ entry."),
        ("e tenho de pagar alguma coisa?",
         faq(Q_CANCELAR) + " — tomorrow at 10 is probably less than 24 h away: 20 €; free if more than 24 h.",
         "The hourly rate; the payment methods; asking what he means."),
        ("o carago, nao percebo nada disto. passe-me la a alguem da firma, se faz favor",
         "Hands over to a person (northern Portugal: `carago` = interjection, `firma` = company) — short, no FAQ "
         "answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! o quadro la de casa ainda e dos antigos com fusiveis, quanto custa trocar? e depois tratam do "
         "certificado?",
         "Small talk greeting + " + both(Q_QUADRO, Q_CERT) + " — new board for a T2/T3 from 280 € with material and "
         "labour, one day, 4-6 h without power; yes, electrical sheet, responsibility statement and CERTIEL inspection, "
         "from 180 € + inspection fee, about 10 working days.",
         "Only one half without pointing to the other; the tripping-breaker entry."),
        ("e fico quantos dias sem luz?",
         faq(Q_QUADRO) + " — not days: the work takes one day and the power is off about 4-6 hours.",
         "The certificate's 10 working days as days without power; asking what she means."),
        ("outra coisa, queria uns focos no teto da sala, quanto fica cada um? e vem ca alguem ver primeiro sem pagar?",
         both(Q_ILUM, Q_ORCAMENTO) + " — recessed LED spots 18 € per point (material and call-out extra); free quote "
         "for jobs above 300 €, by e-mail in 3 working days, valid 30 days; smaller jobs: call-out + hourly rate.",
         "Only one half without pointing to the other; saying every visit is free; the warranty entry."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
