"""pt: Furos Planície, Lda. (made up), a water-well driller in Évora, Alentejo, Portugal; the owner writes standard
European Portuguese, customers write everyday Alentejo Portuguese (atão, home, munto, monte, courela, ó menina,
vossemecê, eh pá, pachorra, catano, a modos que, atrapalhada, ti, há que farte, à cabeça, a gente). The bot serves
pt-PT."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa fazer um furo?"
Q_LICENCA = "Preciso de licença para abrir um furo?"
Q_PROFUNDIDADE = "A que profundidade se encontra água?"
Q_SEMAGUA = "E se não houver água?"
Q_BOMBA = "Instalam a bomba e o quadro elétrico?"
Q_PRAZO = "Quanto tempo demora e quando podem vir?"
Q_ACESSO = "O que precisa a máquina para entrar no terreno?"
Q_ANALISE = "Fazem análise à água?"
Q_PAGAMENTO = "Como se paga?"
Q_CANCELAR = "Posso cancelar ou adiar a obra?"
Q_GARANTIA = "Que garantia tem a obra?"
Q_LIMPEZA = "Fazem limpeza ou aprofundamento de furos antigos?"
Q_ESCRITORIO = "Onde fica o escritório e qual é o horário?"
Q_ZONA = "Em que zonas trabalham?"
Q_SELAGEM = "Fazem a selagem de furos abandonados?"

FAQ = [
    (Q_PRECO,
     "Furo em rocha (granito ou xisto), com tubagem em PVC de 140 mm, cimentação da boca e limpeza com compressor: "
     "€ 45 por metro até 100 m e € 55 por metro entre 100 e 150 m. O transporte e montagem da máquina custa € 250 até "
     "40 km de Évora e € 3,50 por km a mais. Um furo de 80 m fica em cerca de € 3.850. Preços com IVA incluído; "
     "orçamento gratuito.",
     "preços", ["preço", "metro", "custo", "orçamento", "furo"],
     ["quanto é o metro de furo", "quanto fica um furo de 100 metros", "fazem orçamento"]),
    (Q_LICENCA,
     "Sim. Antes de furar é obrigatório pedir a autorização ou fazer a comunicação prévia à APA (Agência Portuguesa do "
     "Ambiente) pelo SILiAmb. Tratamos do pedido por € 120; a resposta da APA demora normalmente 30 a 45 dias. O "
     "relatório final, obrigatório depois do furo, está incluído no preço.",
     "licenças", ["licença", "APA", "autorização", "SILiAmb", "legal"],
     ["é preciso autorização", "vocês tratam da papelada", "quanto tempo demora a licença"]),
    (Q_PROFUNDIDADE,
     "Depende do terreno: no Alentejo Central a água aparece normalmente entre 60 e 120 m. Não trabalhamos com "
     "vedores; antes de furar podemos fazer um estudo hidrogeológico com prospeção geofísica (€ 350, com relatório e "
     "ponto recomendado), que é descontado se fizer o furo connosco.",
     "furos", ["profundidade", "fundo", "estudo", "vedor", "pesquisa"],
     ["a quantos metros há água", "fazem estudo do terreno", "vale a pena chamar um vedor"]),
    (Q_SEMAGUA,
     "Se até 150 m não houver caudal útil (menos de 500 litros por hora), paga apenas 50 % dos metros furados e o "
     "transporte da máquina; o furo é selado como manda a lei, sem custo. Um segundo furo no mesmo terreno tem 20 % "
     "de desconto.",
     "furos", ["sem água", "seco", "caudal", "furo sem água", "garantia de água"],
     ["e se o furo der seco", "pago se não houver água", "e se tiver pouca água"]),
    (Q_BOMBA,
     "Sim. Bomba submersível de 1,5 CV instalada com quadro elétrico, sonda de nível e cabo, até 80 m: desde € 1.350. "
     "Bombagem solar com painéis, para quem não tem eletricidade no terreno: desde € 2.900. Instalamos até 5 dias "
     "úteis depois do furo.",
     "furos", ["bomba", "submersível", "quadro", "solar", "instalação"],
     ["vocês põem a bomba", "dá para ter bomba a energia solar", "quanto custa a bomba"]),
    (Q_PRAZO,
     "A lista de espera é de cerca de 6 semanas a contar da autorização da APA. Um furo de 80 a 100 m faz-se em 1 ou 2 "
     "dias; a limpeza e o ensaio de caudal fazem-se no dia seguinte.",
     "furos", ["prazo", "demora", "lista de espera", "quando", "dias"],
     ["quando podem começar", "quantos dias leva", "há muita espera"]),
    (Q_ACESSO,
     "A máquina vai num camião de 18 toneladas: precisa de um caminho e de um portão com pelo menos 3,5 m de largura, "
     "sem lama, e de um espaço livre de 10 x 6 m junto ao ponto do furo. Com o terreno encharcado adiamos sem custos. "
     "As lamas ficam numa vala de decantação que tapamos no fim. O furo tem de ficar a pelo menos 30 m de fossas.",
     "furos", ["acesso", "camião", "máquina", "caminho", "portão"],
     ["o camião passa num caminho de terra", "que espaço precisam", "a máquina estraga o terreno"]),
    (Q_ANALISE,
     "Sim, recolhemos a amostra e enviamos para um laboratório acreditado: análise físico-química e microbiológica "
     "€ 95, resultado em 10 dias úteis. Para água de consumo humano recomendamos a análise completa, € 180.",
     "furos", ["análise", "qualidade", "potável", "beber", "laboratório"],
     ["a água do furo é potável", "fazem análises", "posso beber a água do furo"]),
    (Q_PAGAMENTO,
     "30 % de sinal na adjudicação e o resto no fim da obra, por transferência bancária ou MB Way; no escritório "
     "também por multibanco. Não aceitamos cheques nem pagamentos em numerário acima de € 3.000. Emitimos fatura com "
     "NIF.",
     "pagamentos", ["pagamento", "sinal", "transferência", "MB Way", "fatura"],
     ["quanto é o sinal", "aceitam MB Way", "pago tudo no fim"]),
    (Q_CANCELAR,
     "Sem custos até 7 dias antes da data marcada: o sinal é devolvido por transferência em 5 dias úteis ou fica para "
     "uma nova data até 12 meses. Com menos de 7 dias retemos € 250 do sinal. Os € 120 do pedido à APA não são "
     "devolvidos se o pedido já tiver sido submetido. Adiar uma vez não tem custos.",
     "pagamentos", ["cancelar", "adiar", "desistir", "sinal", "devolução"],
     ["quero desmarcar o furo", "devolvem o sinal", "posso mudar a data"]),
    (Q_GARANTIA,
     "5 anos na tubagem e na cimentação; 2 anos na bomba e no quadro elétrico. Em caso de avaria dentro da garantia, "
     "vamos ao local em 48 horas úteis sem custo de deslocação e a reparação é gratuita. Água com areia ou barrenta "
     "no primeiro ano: limpeza com compressor gratuita. Não cobre a descida do nível em seca prolongada nem danos "
     "causados por trovoada.",
     "assistência", ["garantia", "avaria", "assistência", "reclamação", "problema"],
     ["a bomba avariou", "tenho um problema com o furo", "quero fazer uma reclamação"]),
    (Q_LIMPEZA,
     "Sim. Limpeza de furo antigo com compressor: € 380 até 100 m. Inspeção com câmara de vídeo: € 180. Aprofundar um "
     "furo existente: € 60 por metro, mais o transporte da máquina (€ 250). Depois da limpeza o caudal costuma "
     "melhorar, mas não o garantimos.",
     "furos", ["limpeza", "aprofundar", "furo antigo", "inspeção vídeo", "recuperar"],
     ["o furo tem pouca água", "limpam furos velhos", "dá para aprofundar o furo"]),
    (Q_ESCRITORIO,
     "Estrada de Arraiolos, km 3, Évora. Escritório de segunda a sexta, das 8h30 às 12h30 e das 14h00 às 18h00; ao "
     "sábado está fechado. Telefone 266 748 215, telemóvel e WhatsApp 962 418 337. As equipas trabalham de segunda a "
     "sábado.",
     "contactos", ["escritório", "horário", "morada", "telefone", "contacto"],
     ["onde ficam", "a que horas abre o escritório", "qual é o vosso telefone"]),
    (Q_ZONA,
     "Trabalhamos nos distritos de Évora, Portalegre e Beja. O transporte da máquina custa € 250 até 40 km de Évora e "
     "€ 3,50 por km a mais. Não trabalhamos no Algarve nem na zona de Lisboa.",
     "contactos", ["zona", "distrito", "concelho", "deslocação", "longe"],
     ["vão a Beja", "trabalham no Algarve", "até onde se deslocam"]),
    (Q_SELAGEM,
     "Sim. Um furo abandonado tem de ser selado por lei: selagem com cimento e bentonite até 100 m por € 450, com a "
     "comunicação à APA incluída; fica feito num dia.",
     "furos", ["selagem", "selar", "tapar", "abandonado", "desativar"],
     ["tenho um furo velho para tapar", "quanto custa selar um furo", "é obrigatório tapar o furo"]),
]

PLAN = [
    [  # 1
        ("Boa tarde! Comprei uma courela ao pé de Arraiolos e não tem água nenhuma. Quanto me fica um furo, mais ou "
         "menos? E é preciso pedir licença a alguém?",
         "Small talk greeting + " + both(Q_PRECO, Q_LICENCA) + " — € 45 a metre up to 100 m, € 55 from 100 to 150 m, "
         "plus € 250 for the rig within 40 km of Évora (Arraiolos is within); an 80 m well about € 3.850; yes, an APA "
         "authorisation or prior notice through SILiAmb, which they file for € 120, usually 30-45 days. (`courela` = a "
         "narrow plot of land.)",
         "Only one half without pointing to the other; 'no licence needed'; an invented total."),
        ("o vizinho do lado diz que o dele tem uns 90 de fundo",
         faq(Q_PRECO) + " — at that depth: 90 m × € 45 + € 250 = about € 4.300 (doing the sum is a plus); saying that "
         "the depth on this plot is not guaranteed (the depth entry: 60-120 m, study € 350) is also good.",
         "The depth entry alone without any price; the cleaning/deepening entry (`fundo`); a fixed price as if "
         "certain."),
        ("e a água que sair dali dá para beber ou tenho de mandar ver primeiro? quanto é isso?",
         faq(Q_ANALISE) + " — they take the sample to an accredited lab: € 95, result in 10 working days; for drinking "
         "water the full analysis, € 180, is recommended.",
         "'Well water is always drinkable'; the price entry again; the warranty."),
        ("Atão tá bem, home, fico a saber. Munto obrigado e até uma próxima!",
         "Small talk: acknowledgement + thanks + goodbye (`atão` = então, so, `home` = man, a friendly vocative, "
         "`munto` = muito) — short friendly close.",
         "An FAQ answer; choices; a handover; 'I did not understand'."),
    ],
    [  # 2
        ("Bom dia, é por causa do meu monte",
         "Too vague to answer — choices (prices, licence, access...) or a clarifying question. (`monte` = a farmstead "
         "in the Alentejo.)",
         "A handover; one entry answered at length as if sure."),
        ("o meu cunhado gastou uma fortuna há dois anos, andaram lá dias a furar e não saiu pinga. se me acontecer o "
         "mesmo, pago tudo na mesma?",
         TYPE + faq(Q_SEMAGUA) + " — if there is no useful flow down to 150 m (under 500 litres an hour) only 50 % of "
         "the metres drilled and the rig transport are charged; the hole is sealed free; a second hole on the same "
         "land 20 % off. (`não saiu pinga` = not a drop came out.)",
         "Tapping a choice; the price entry alone ('you pay every metre'); the warranty entry; the cancelling entry."),
        ("e o caminho até lá é de terra batida, com um portão estreitinho. a vossa máquina passa?",
         faq(Q_ACESSO) + " — an 18-tonne lorry: the track and gate must be at least 3,5 m wide, no mud, and a free "
         "10 x 6 m area at the spot; on soaked ground the job is postponed free.",
         "'Any gate will do'; the zones entry; the price entry."),
        ("Ó menina, diga-me lá uma coisa: vossemecê é uma pessoa ou é uma dessas máquinas que respondem sozinhas?",
         "Small talk: are you a bot (`ó menina` = a polite address to a woman, `vossemecê` = old rural polite 'you') — "
         "honest: an automated assistant; may offer a person.",
         "Claiming to be a person; the drilling-rig access entry (`máquinas`); an unrequested handover; choices."),
    ],
    [  # 3
        ("Boa noite, venho aqui por causa do furo do meu pai",
         "Too vague to answer — choices (cleaning, warranty, pump...) or a clarifying question.",
         "A handover; the price of a new well answered as if sure."),
        ("nada a ver, não é isso que eu quero",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("O do meu pai já tem uns 30 anos e cada verão dá menos, e a água vem suja, cheia de terra. Dá para o pôr como "
         "novo ou ir mais abaixo?",
         faq(Q_LIMPEZA) + " — cleaning an old well with the compressor € 380 up to 100 m; video inspection € 180; "
         "deepening € 60 a metre plus € 250 for the rig; flow usually improves after cleaning, not guaranteed.",
         "The warranty's free first-year cleaning (the well is 30 years old and not theirs); the analysis entry "
         "(`suja`); the price of a new well."),
        ("e voces tambem montam a rega gota a gota no olival? sao uns 4 hectares",
         "Not covered (near the trade: installing drip irrigation, not offered) — says so honestly, may offer a "
         "person; no price.",
         "Inventing an irrigation price; the pump entry as if it were the irrigation; the price entry."),
    ],
    [  # 4
        ("Vocês chegam a Mourão? E desde que se marca, quanto tempo leva até virem?",
         both(Q_ZONA, Q_PRAZO) + " — yes, the Évora district is covered (Mourão is over 40 km away, so € 3,50 a km "
         "beyond the first 40 km is added to the € 250); waiting list about 6 weeks from the APA authorisation, 1-2 days "
         "of drilling for 80-100 m.",
         "Only one half without pointing to the other; 'Mourão is not covered'; 'next week'."),
        ("Não foi isso que eu perguntei, pá. O que eu quero saber é se depois põem lá dentro o motor que puxa a água "
         "cá para cima, e se pode trabalhar com o sol, que a luz não chega ao monte",
         "Acknowledges the push-back + " + faq(Q_BOMBA) + " — a 1,5 hp submersible pump with control panel, level "
         "probe and cable, to 80 m, from € 1.350; solar pumping with panels for land without mains power from "
         "€ 2.900; fitted within 5 working days after drilling. (`a luz` = mains electricity.)",
         "Repeating the zones/waiting answer; the price of the drilling; 'we don't do solar'."),
        ("Eh pá, outra vez ao lado! Já não tenho pachorra para isto, catano. Quero falar com alguém da empresa, e é já!",
         "Push-back (second time in a row) + request for a person (annoyed; `eh pá` = hey, `pachorra` = patience, "
         "`catano` = damn, mild) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("Atão? Há aí alguém ou esqueceram-se de mim?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time. (`atão` = então, so.)",
         "An FAQ answer (e.g. the waiting list); a new greeting; promising a time."),
    ],
    [  # 5
        ("Isto é uma vergonha! Pagámos-vos quase 6 mil euros em abril e a bomba já morreu, deixou de puxar de um dia "
         "para o outro. E antes disso a água já vinha cheia de areia. Tenho os animais sem beber desde ontem!",
         faq(Q_GARANTIA) + " — calm, apologises: the pump and panel have 2 years' warranty, a visit within 48 working "
         "hours with no call-out charge and a free repair; sandy or muddy water in the first year: free compressor "
         "cleaning.",
         "Cold rule ignoring the anger; the pump entry's price for a new pump; the analysis entry (`beber`); the "
         "cleaning entry's € 380."),
        ("já agora, sabe a que horas fecha a Capela dos Ossos ao domingo?",
         "Not covered (unrelated: a chapel in Évora, a tourist site) — says it cannot help with that, no FAQ answer.",
         "Inventing the chapel's hours; the office hours as if they were the chapel's."),
        ("Peça ao engenheiro para me ligar para o 963 551 207 amanhã ao fim da tarde, depois das seis",
         "Hands over / passes on a callback request to 963 551 207 tomorrow after 18:00; no FAQ answer. (The office "
         "closes at 18:00: the reply must not promise the time.)",
         "Ignoring the number or the time; only giving the office phone; the office hours as the answer."),
        ("E quanto tempo é que isso leva, mais ou menos?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The waiting-list entry (6 weeks) or the 48-hour warranty visit as the answer; promising an exact time."),
    ],
    [  # 6
        ("Bom dia, tínhamos o furo marcado convosco para dia 14. Afinal a Câmara meteu-se com a gente porque o terreno "
         "fica em zona de proteção da albufeira e não nos deixam fazer ali nada. Portanto já não vale a pena virem.",
         faq(Q_CANCELAR) + " — more than 7 days before the date (14 December, written on 2 December), so free: the "
         "deposit is refunded by transfer within 5 working days or kept for a new date up to 12 months; the € 120 APA "
         "fee is not refunded if already filed. Must not claim the job is cancelled. (`a gente` = us.)",
         "Claiming it is cancelled now; the € 250 kept; the licence entry; the sealing entry."),
        ("pois, pronto",
         "Ambiguous yes — asks whether to cancel (or postpone) the job, or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the job is now cancelled; a random FAQ entry; a goodbye."),
        ("E os 1.200 euros que vos mandei por MB Way? Vêm de volta?",
         faq(Q_CANCELAR) + " — yes, with more than 7 days' notice the deposit comes back by transfer within 5 working "
         "days (or stays for a new date up to 12 months).",
         "The payment entry (MB Way accepted, 30 % deposit) as the answer; 'deposits are not refunded'."),
        ("Ai credo, já estou toda atrapalhada, a modos que não percebo nada disto. Ponha-me lá a falar com uma pessoa "
         "daí, se faz favor",
         "Hands over to a person (`ai credo` = oh dear, `atrapalhada` = muddled, `a modos que` = sort of, it seems) — "
         "short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("Boa tarde! O escritório está aberto ao sábado? E vocês também tapam aqueles furos velhos que já não se usam?",
         "Small talk greeting + " + both(Q_ESCRITORIO, Q_SELAGEM) + " — the office is closed on Saturday (Monday-"
         "Friday 8h30-12h30 and 14h00-18h00, 266 748 215, WhatsApp 962 418 337); an abandoned well must be sealed by "
         "law: cement and bentonite up to 100 m € 450, APA notice included, done in a day.",
         "Only one half without pointing to the other; 'open on Saturday' (the teams work then, the office doesn't); "
         "the cleaning entry."),
        ("É que o ti Zé Manel anda lá com uma forquilha de oliveira e jura que a 20 metros há que farte. Vocês fazem "
         "assim ou vão mais abaixo?",
         faq(Q_PROFUNDIDADE) + " — they don't work with water diviners; in central Alentejo water is usually found "
         "between 60 and 120 m; a hydrogeological study with geophysics € 350, deducted if they drill. (`ti` = title "
         "for an older man, `forquilha` = divining fork, `há que farte` = there's plenty.)",
         "The price entry (`metros`); the deepening entry; agreeing that 20 m will do."),
        ("E para o novo, quanto é que se paga logo à cabeça? E a autorização da APA costuma demorar quanto?",
         both(Q_PAGAMENTO, Q_LICENCA) + " — a 30 % deposit when the job is awarded, the rest at the end, by transfer "
         "or MB Way (card at the office; no cheques); the APA answer usually takes 30-45 days, filed by them for "
         "€ 120. (`à cabeça` = upfront.)",
         "Only one half without pointing to the other; the waiting-list entry instead of the APA time; 'pay all at "
         "the end'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
