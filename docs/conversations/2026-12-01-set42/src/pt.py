"""pt: Lavandaria Bolha Azul (made up), a self-service laundry with ironing and dry cleaning in Lisbon, Portugal;
customers write EUROPEAN Portuguese of Lisbon (ya, bué, fixe, cota, brutal, pá, tás bom?, cenas, bacano, chavalo,
estou a + infinitive)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MAQUINAS = "Que tamanhos de máquinas têm e quanto custa cada lavagem?"
Q_SECAR = "Quanto custa secar a roupa?"
Q_DETERGENTE = "O detergente está incluído?"
Q_PAGAMENTO = "Como se paga nas máquinas?"
Q_ENGOMAR = "Quanto custa engomar?"
Q_EDREDOES = "Lavam edredões e tapetes?"
Q_SECO = "Fazem limpeza a seco?"
Q_RECOLHA = "Fazem recolha e entrega ao domicílio?"
Q_PERDIDOS = "Esqueci-me de roupa na máquina, o que faço?"
Q_HORARIO = "Qual é o horário da lavandaria?"
Q_NODOAS = "E se a nódoa não sair?"
Q_SERVICO = "Posso deixar a roupa para vocês lavarem?"
Q_LOCAL = "Onde fica a lavandaria?"
Q_ESPERA = "Posso pôr a máquina a lavar e sair?"
Q_ANIMAIS = "Posso lavar coisas de animais?"

FAQ = [
    (Q_MAQUINAS,
     "Máquina de 8 kg 4,50 €, de 12 kg 6,50 € e de 18 kg 9 € (para edredões). Cada lavagem demora 30 a 35 minutos. Uma "
     "máquina de 8 kg leva mais ou menos uma carga de máquina de casa.",
     "máquinas", ["máquina", "lavagem", "kg", "preço", "tamanho"],
     ["quanto custa lavar", "que maquinas tem", "qual e a maquina maior"]),
    (Q_SECAR,
     "Os secadores custam 1 € por cada 8 minutos. Uma carga normal seca em cerca de 24 minutos (3 €); toalhas e "
     "edredões precisam de 40 a 48 minutos.",
     "máquinas", ["secar", "secador", "secagem", "minutos"],
     ["quanto custa o secador", "quanto tempo demora a secar", "tem maquinas de secar"]),
    (Q_DETERGENTE,
     "Sim, o detergente e o amaciador são doseados automaticamente e estão incluídos no preço. Há um programa "
     "hipoalergénico sem perfume (botão 3). Não é permitido pôr detergente próprio nas máquinas.",
     "máquinas", ["detergente", "amaciador", "incluído", "hipoalergénico"],
     ["tenho de levar detergente", "o amaciador esta incluido", "tem detergente sem perfume"]),
    (Q_PAGAMENTO,
     "No terminal central: cartão multibanco ou contactless, MB WAY, ou moedas e notas até 20 € (dá troco). Também há "
     "cartão de cliente recarregável: carregue 30 € e ganhe 5 € de bónus.",
     "pagamentos", ["pagamento", "pagar", "moedas", "cartão", "MB WAY"],
     ["posso pagar com cartao", "preciso de moedas", "aceitam mb way"]),
    (Q_ENGOMAR,
     "Camisa 1,80 € (10 camisas por 16 €), calças 2,20 €, vestido 4 €, lençol de casal 3 €. Entrega e levantamento no "
     "balcão; fica pronto em 48 horas.",
     "engomadoria", ["engomar", "passar a ferro", "camisas", "engomadoria"],
     ["quanto custa passar uma camisa", "engomam roupa", "quanto tempo para engomar"]),
    (Q_EDREDOES,
     "Pode lavar um edredão até casal na máquina de 18 kg (9 €, secagem cerca de 6 €). Ou deixe-o no balcão: edredão "
     "de casal 15 €, king size 18 €. Tapetes até 2 x 3 m: 8 € por m², prontos em 5 dias úteis. Não lavamos tapetes de "
     "lã feitos à mão.",
     "artigos grandes", ["edredão", "tapete", "cobertor", "grande"],
     ["lavam tapetes", "quanto custa lavar um edredao", "cabe um edredao na maquina"]),
    (Q_SECO,
     "Sim: fato de 2 peças 12 €, casaco ou sobretudo 9 €, vestido de cerimónia desde 14 €, gravata 4 €. Pronto em 3 dias "
     "úteis. Vestidos de noiva só com orçamento no balcão.",
     "limpeza a seco", ["limpeza a seco", "fato", "sobretudo", "cerimónia"],
     ["limpam fatos", "quanto custa limpar um casaco", "fazem limpeza a seco de vestidos"]),
    (Q_RECOLHA,
     "Sim, em Arroios, Anjos, Penha de França, Graça e Estefânia, às terças e sextas das 18h às 21h. Grátis a partir de "
     "25 €, abaixo disso 4 €. Marque por WhatsApp 926 471 385 até às 14h do dia anterior; para alterar ou desmarcar "
     "avise também até às 14h do dia anterior, sem custo (depois disso paga os 4 €).",
     "recolha", ["recolha", "entrega", "domicílio", "casa"],
     ["vao buscar a roupa a casa", "entregam em casa", "quanto custa a entrega"]),
    (Q_PERDIDOS,
     "A roupa esquecida é guardada no balcão durante 30 dias. Ligue para o 21 846 30 92 ou passe no horário do balcão, "
     "descreva a peça e levante-a. Depois de 30 dias é doada. Não nos responsabilizamos por objetos deixados nas "
     "máquinas.",
     "perdidos", ["perdido", "esquecido", "achados", "guardam"],
     ["deixei roupa na maquina", "perdi uma meia", "guardam a roupa esquecida"]),
    (Q_HORARIO,
     "Self-service todos os dias das 7h às 23h, incluindo domingos e feriados (última lavagem às 22h). Balcão "
     "(engomadoria, limpeza a seco, lavagem por nós, perdidos): segunda a sexta das 9h às 19h e sábado das 9h às 13h.",
     "horário", ["horário", "abertos", "fecham", "domingo", "balcão"],
     ["a que horas abrem", "estao abertos ao domingo", "ate que horas posso lavar"]),
    (Q_NODOAS,
     "Tratamos as nódoas sem custo extra na lavagem por nós, na engomadoria e na limpeza a seco, mas não garantimos que "
     "saiam: vinho, tinta, óleo, ferrugem e nódoas antigas muitas vezes não saem. Se não sair, avisamos na entrega e "
     "fazemos uma 2.ª tentativa grátis se trouxer a peça em 7 dias.",
     "nódoas", ["nódoa", "mancha", "sair", "tirar"],
     ["tiram nodoas", "a mancha nao saiu", "conseguem tirar vinho"]),
    (Q_SERVICO,
     "Sim, lavar, secar e dobrar: 1,90 € por kg, mínimo 6 kg (11,40 €). Entregue no balcão até às 10h e fica pronta no "
     "dia seguinte a partir das 18h; expresso no mesmo dia mais 5 €.",
     "serviço", ["lavar e dobrar", "deixar", "serviço", "kg"],
     ["voces lavam a roupa por mim", "posso deixar a roupa ai", "quanto custa o kilo"]),
    (Q_LOCAL,
     "Rua de Arroios 118-A, 1150-057 Lisboa, a 200 m do metro Arroios (linha verde). Estacionamento na rua (EMEL). "
     "Telefone 21 846 30 92.",
     "localização", ["morada", "onde", "metro", "estacionamento"],
     ["onde ficam", "qual e a morada", "ha estacionamento"]),
    (Q_ESPERA,
     "Sim. Se registar o telemóvel no terminal recebe um SMS quando a máquina acaba. Se a roupa ficar mais de 15 minutos "
     "na máquina depois de terminar, o funcionário pode passá-la para um cesto numerado para outros clientes usarem a "
     "máquina. A loja tem câmaras; não tocamos na roupa antes dos 15 minutos.",
     "máquinas", ["esperar", "sair", "SMS", "cesto"],
     ["tenho de ficar a espera", "avisam quando acabar", "tiraram a minha roupa da maquina"]),
    (Q_ANIMAIS,
     "Sim, só na máquina 9 (12 kg, 6,50 €), reservada para mantas e camas de animais, com limpeza automática de pelos. "
     "Camas com espuma tiram primeiro a capa. Noutras máquinas é proibido.",
     "máquinas", ["animais", "pelos", "cães", "gatos"],
     ["posso lavar a cama do cao", "lavar coisas do gato", "qual a maquina para animais"]),
]

PLAN = [
    [  # 1
        ("boas! tás bom? mudei-me agora pra arroios e nao tenho maquina em casa, quanto custa lavar uma carga normal e o "
         "detergente ta incluido ou tenho de levar o meu?",
         "Small talk greeting + " + both(Q_MAQUINAS, Q_DETERGENTE) + " — a normal load = the 8 kg machine, 4,50 € "
         "(12 kg 6,50 €), 30-35 min; detergent and softener included, own detergent NOT allowed. (`tás bom?` = how are "
         "you.)",
         "Only one half without pointing to the other; 'bring your own detergent'; the 18 kg price as the answer."),
        ("e depois pra ficar seca?",
         faq(Q_SECAR) + " — dryers 1 € per 8 minutes, a normal load about 24 min = 3 €.",
         "The washing price again; 'drying is included'."),
        ("e aceitam cartao ou tenho de andar com moedas?",
         faq(Q_PAGAMENTO) + " — central terminal: card/contactless, MB WAY, coins and notes up to 20 € with change; "
         "rechargeable card 30 € + 5 € bonus.",
         "'Coins only'; inventing tokens to buy elsewhere."),
        ("brutal, fixe pá, obrigadão! até logo",
         "Small talk: acknowledgement + thanks + goodbye (`brutal`, `fixe` = great, `pá` = mate) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("olá tenho uma dúvida",
         "Too vague to answer — choices (machines, ironing, delivery...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ontem à noite deixei la um lençol de elástico no tambor e só dei por isso hoje de manhã, ainda existe??",
         TYPE + faq(Q_PERDIDOS) + " — forgotten items are kept at the counter for 30 days; call 21 846 30 92 or come in "
         "counter hours, describe it and pick it up.",
         "Tapping a choice; 'it is lost'; promising it is surely there."),
        ("e ate quando é que o guardam? so posso ir ai no fim de semana",
         faq(Q_PERDIDOS) + " — 30 days, then donated; the counter is open Saturday 9h-13h (not Sunday) — "
         + faq(Q_HORARIO) + " may be added.",
         "'Come on Sunday' to the counter; inventing a shorter time."),
        ("espera, tu és uma pessoa ou um robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("boa tarde, é por causa da minha roupa",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("não, não é isso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("levei-vos uma camisa branca que apanhou vinho tinto no jantar de natal da empresa e devolveram-ma com a marca "
         "igualzinha, paguei pra quê",
         faq(Q_NODOAS) + " — stains are treated at no extra cost but not guaranteed (wine often does not come out); a "
         "2nd attempt is free if the shirt is brought back within 7 days.",
         "Promising it will come out; charging again; the ironing price entry alone."),
        ("e arranjos de costura fazem? tenho umas calças pra subir a bainha",
         "Not covered (near the trade: alterations/hemming) — says so honestly, may offer a person; no price.",
         "Inventing a sewing service or price; the ironing entry."),
    ],
    [  # 4
        ("quanto custa engomar camisas e até que horas estão abertos?",
         both(Q_ENGOMAR, Q_HORARIO) + " — shirt 1,80 € (10 for 16 €), ready in 48 h; self-service every day 7h-23h, "
         "the counter (ironing) Mon-Fri 9h-19h and Sat 9h-13h.",
         "Only one half without pointing to the other; giving 23h as the time to hand in ironing."),
        ("não era isso pá, eu queria deixar-vos uma dúzia pro trabalho no sábado à tarde quando saio, dá? e fica a "
         "quanto?",
         "Acknowledges the push-back + " + both(Q_HORARIO, Q_ENGOMAR) + " — NOT on Saturday afternoon: the counter "
         "closes at 13h on Saturday (self-service open, counter closed); 12 shirts = 16 € + 2 x 1,80 € = 19,60 €, ready "
         "in 48 h.",
         "Repeating the first answer unchanged; 'yes, until 23h'; 12 x 1,80 € without the 10-shirt price."),
        ("tás a gozar comigo? passa-me a alguém a sério, já estou farto disto",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `tás a gozar comigo` = are you "
         "kidding me) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("olá?? está aí alguém?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ISTO É UMA VERGONHA!!! fui ali ao café do lado 20 minutos e quando voltei a minha roupa interior estava toda "
         "atirada pra um balde de plástico, quem é que vos deu autorização pra mexer nas minhas coisas???",
         faq(Q_ESPERA) + " — calm, apologises: clothes left more than 15 minutes after the machine ends may be moved by "
         "staff to a numbered basket so others can use it; register the mobile at the terminal to get an SMS when it "
         "ends; nobody touches it before 15 minutes (cameras). Offering a person is fine too.",
         "Cold answer ignoring the anger; 'it is not allowed, we will refund you'; the lost-items entry alone."),
        ("já agora sabes se o 28 hoje está a andar? queria ir à graça",
         "Not covered (unrelated: tram 28) — says it cannot help with that, no FAQ answer.",
         "Inventing a timetable; the delivery entry (Graça is in the delivery area)."),
        ("diz ao responsável pra me ligar pro 913 562 084 hoje até às 18h",
         "Hands over / passes on a callback request to 913 562 084 today before 18h; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop phone; an FAQ answer."),
        ("isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The washing or drying time (30-35 min / 24 min); promising an exact time."),
    ],
    [  # 6
        ("olá, tinha marcado a recolha pra sexta às 19h mas afinal vou estar fora o fim de semana todo, já não vale a "
         "pena passarem cá",
         faq(Q_RECOLHA) + " — to change or call off a pick-up, tell them by WhatsApp 926 471 385 by 14h the day before "
         "(Thursday 3 December 14h), free; later it costs 4 €. Must not claim the pick-up is cancelled.",
         "Claiming it is cancelled now; charging 4 € now; the opening-hours entry."),
        ("ah ok pode ser",
         "Ambiguous yes — asks what she wants (help to call it off? move it?) or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the pick-up is now cancelled or moved; a random FAQ entry."),
        ("e na terça a seguir vocês passam na mesma zona? moro na penha de frança",
         faq(Q_RECOLHA) + " — yes, Tuesdays and Fridays 18h-21h, Penha de França is covered; free from 25 €, else 4 €; "
         "book by WhatsApp by 14h the day before.",
         "'Only on Fridays'; 'Penha de França is not covered'; 'not covered'."),
        ("epá isto é bué complicado pra mim, ó chavalo passa-me lá a um bacano da loja, ya?",
         "Hands over to a person (`epá` = well, `bué` = very, `chavalo` = lad, `bacano` = guy, `ya` = yeah) — short, "
         "no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("olá bom dia! onde é que vocês ficam exatamente e posso deixar-vos a roupa pra lavarem enquanto estou a "
         "trabalhar?",
         "Small talk greeting + " + both(Q_LOCAL, Q_SERVICO) + " — Rua de Arroios 118-A, 200 m from Arroios metro "
         "(green line); wash, dry and fold 1,90 €/kg, minimum 6 kg (11,40 €), handed in by 10h → ready next day from "
         "18h, same-day express + 5 €.",
         "Only one half without pointing to the other; 'self-service only'; a Brazilian-Portuguese reply."),
        ("e as cenas do meu cão? a manta dele e a caminha",
         faq(Q_ANIMAIS) + " — only machine 9 (12 kg, 6,50 €) reserved for pets; beds with foam: take the cover off; "
         "forbidden in the other machines. (`cenas` = stuff.)",
         "'Any machine'; 'not allowed at all'; the duvet entry."),
        ("fixe. e um tapete da sala tambem lavam? e o fato do meu cota pro casamento, fazem limpeza a seco?",
         both(Q_EDREDOES, Q_SECO) + " — rugs up to 2 x 3 m, 8 € per m², 5 working days, no hand-made wool rugs; "
         "2-piece suit dry cleaned 12 €, ready in 3 working days. (`cota` = old man, here the father.)",
         "Only one half without pointing to the other; washing a rug in the self-service machine; inventing a price."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
