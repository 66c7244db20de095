"""pt: Quinta do Vale das Azenhas (made up), a wedding and events venue in Sintra, customers writing everyday
European Portuguese (telemóvel, está bem, fixe, pequeno-almoço, a gente vai, estou a ver, boas, casa de banho)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa um casamento na quinta?"
Q_CAPACIDADE = "Quantos convidados cabem na quinta?"
Q_RESERVA = "Como reservo uma data e quanto é o sinal?"
Q_VISITA = "Posso visitar a quinta antes de decidir?"
Q_MENU = "Como funciona o menu e a prova de degustação?"
Q_CERIMONIA = "Podem fazer a cerimónia na quinta?"
Q_ALOJAMENTO = "Há quartos para os noivos e para os convidados?"
Q_HORARIO = "Até que horas pode durar a festa?"
Q_FORNECEDORES = "Podemos trazer o nosso DJ, fotógrafo ou bolo?"
Q_CHUVA = "E se chover no dia do evento?"
Q_CANCELAR = "Posso cancelar ou mudar a data do evento?"
Q_PAGAMENTO = "Como se paga e quando recebo a fatura?"
Q_EVENTOS = "Também fazem batizados, aniversários e eventos de empresa?"
Q_LOCAL = "Onde fica a quinta e há estacionamento?"
Q_CRIANCAS = "Há atividades para as crianças durante a festa?"

FAQ = [
    (Q_PRECO,
     "O pacote de casamento custa 95 € por pessoa ao sábado (de maio a outubro) e 78 € por pessoa de domingo a sexta "
     "ou de novembro a abril, com mínimo de 80 adultos. Inclui espaço, cocktail de boas-vindas, menu de 3 pratos, "
     "bebidas, bolo dos noivos, decoração das mesas e coordenadora no dia. IVA incluído.",
     "precos", ["preço", "pacote", "por pessoa", "orçamento", "casamento"],
     ["quanto fica um casamento", "preço por pessoa", "pedir orçamento"]),
    (Q_CAPACIDADE,
     "O salão principal tem 180 lugares sentados e o jardim recebe até 300 pessoas em cocktail. Com tenda no jardim "
     "chegamos a 260 sentados (a tenda custa 1.800 €). Mínimo de 80 adultos para casamentos.",
     "espacos", ["capacidade", "convidados", "salão", "jardim", "lugares"],
     ["quantas pessoas cabem", "o salao leva quantos convidados", "tem espaço para 250 pessoas"]),
    (Q_RESERVA,
     "Marque uma visita, escolha a data e reservamo-la com um sinal de 30 % do valor estimado, pago em 7 dias. Sem "
     "sinal a data fica livre ao fim de 7 dias. O restante paga-se em duas vezes: 40 % até 60 dias antes e o resto "
     "até 15 dias antes, com o número final de convidados.",
     "reservas", ["reservar", "sinal", "data", "disponibilidade"],
     ["a data ainda esta livre", "quanto e o sinal", "como fico com a data"]),
    (Q_VISITA,
     "Sim, com marcação: terça a sábado das 10:00 às 18:00 e domingo das 10:00 às 13:00, pelo 219 237 418 ou "
     "eventos@quintadasazenhas.pt. A visita dura cerca de 1 hora e é gratuita.",
     "reservas", ["visita", "conhecer o espaço", "marcação", "ver a quinta"],
     ["posso ir ver o espaço", "marcar uma visita", "quando se pode visitar"]),
    (Q_MENU,
     "Há 3 menus à escolha, com opção vegetariana, vegana e sem glúten sem custo extra (avise até 15 dias antes). "
     "A prova de degustação é para 4 pessoas, incluída, cerca de 3 meses antes, às quintas-feiras à noite. Crianças "
     "dos 4 aos 10 anos pagam 50 %; até aos 3 anos não pagam.",
     "menu", ["menu", "prova", "degustação", "vegetariano", "alergias"],
     ["como escolhemos o menu", "quando e a prova", "ha opcao vegetariana"]),
    (Q_CERIMONIA,
     "Sim. Cerimónia civil ou simbólica no jardim dos plátanos (taxa de 650 €, com cadeiras, arco e som). Casamento "
     "católico na capela da quinta (século XVIII), com autorização da paróquia de São Pedro de Penaferrim, que os "
     "noivos tratam; a capela leva 90 pessoas.",
     "cerimonia", ["cerimónia", "capela", "casamento civil", "católico", "jardim"],
     ["podemos casar ai", "tem capela", "fazem a cerimonia no jardim"]),
    (Q_ALOJAMENTO,
     "A suite dos noivos é oferecida na noite do casamento. Há mais 8 quartos duplos a 130 € por noite com "
     "pequeno-almoço, reservados através de nós até 30 dias antes. Para mais convidados temos acordo com o Hotel "
     "Serra Azul, a 5 km, com 15 % de desconto.",
     "alojamento", ["quartos", "dormir", "suite", "alojamento", "hotel"],
     ["os convidados podem dormir na quinta", "tem quarto para os noivos", "hoteis perto"]),
    (Q_HORARIO,
     "A festa pode ir até às 4:00. Por licença municipal, a música no exterior termina à meia-noite; depois continua "
     "dentro do salão, com as portas fechadas. Cada hora extra depois das 4:00 custa 400 €.",
     "festa", ["horário", "até que horas", "música", "meia-noite", "hora extra"],
     ["a festa acaba a que horas", "ate quando pode haver musica", "quanto custa uma hora extra"]),
    (Q_FORNECEDORES,
     "Fotógrafo, vídeo, DJ ou banda à vossa escolha, sem taxa (a banda tem de trazer o seu som e terminar no "
     "exterior à meia-noite). O catering é exclusivo da quinta. Bolo trazido de fora: taxa de 3 € por pessoa. Vinho "
     "próprio: taxa de rolha de 6 € por garrafa.",
     "fornecedores", ["DJ", "fotógrafo", "banda", "bolo", "fornecedores"],
     ["podemos escolher o fotografo", "posso trazer o meu bolo", "podemos ter banda"]),
    (Q_CHUVA,
     "Há sempre plano B sem custo: o cocktail e a cerimónia passam para o salão ou para o alpendre coberto. A "
     "decisão é tomada com os noivos 48 horas antes, pela previsão do IPMA. Se quiserem tenda no jardim, custa "
     "1.800 € e tem de ser pedida até 30 dias antes.",
     "espacos", ["chuva", "mau tempo", "plano B", "tenda"],
     ["e se estiver a chover", "ha plano b", "tem tenda"]),
    (Q_CANCELAR,
     "Mudar a data: uma vez sem custo se pedir com mais de 6 meses de antecedência, para uma data até 18 meses depois "
     "da original, conforme a disponibilidade. Cancelar com mais de 6 meses: devolvemos 50 % do sinal; com menos de 6 "
     "meses o sinal não é devolvido. Sempre por escrito para eventos@quintadasazenhas.pt.",
     "reservas", ["cancelar", "mudar a data", "adiar", "devolução do sinal"],
     ["quero cancelar o casamento", "podemos adiar", "devolvem o sinal"]),
    (Q_PAGAMENTO,
     "Transferência bancária, MB Way para o 912 604 385 (até 1.000 € por dia) ou multibanco na quinta. A fatura "
     "com NIF segue por e-mail até 5 dias úteis depois de cada pagamento; peça-a a eventos@quintadasazenhas.pt se "
     "não chegar.",
     "pagamentos", ["pagamento", "MB Way", "transferência", "fatura", "NIF"],
     ["posso pagar por mb way", "como faço o pagamento", "nao recebi a fatura"]),
    (Q_EVENTOS,
     "Sim: batizados, comunhões, aniversários e eventos de empresa, de domingo a sexta (sábados só de novembro a "
     "abril), a partir de 40 pessoas. Almoço ou jantar desde 55 € por pessoa, com 4 horas de espaço; crianças dos 4 "
     "aos 10 anos a 50 %.",
     "eventos", ["batizado", "aniversário", "empresa", "comunhão", "festa"],
     ["fazem batizados", "jantar de empresa", "festa de anos"]),
    (Q_LOCAL,
     "Estrada da Azenha 14, São Pedro de Penaferrim, 2710-594 Sintra, a 10 minutos do centro histórico. Temos "
     "estacionamento gratuito para 90 carros e autocarros. Transfer da estação de Sintra: 220 € por viagem "
     "(autocarro de 50 lugares).",
     "espacos", ["morada", "localização", "estacionamento", "como chegar", "transfer"],
     ["onde fica a quinta", "ha parque para os carros", "tem transporte desde a estacao"]),
    (Q_CRIANCAS,
     "Sim: sala infantil com duas monitoras, jogos e pinturas faciais, para crianças dos 3 aos 10 anos, 150 € por 4 "
     "horas até 15 crianças (mais 10 € por cada criança extra). Há fraldário na casa de banho do piso 0.",
     "festa", ["crianças", "monitora", "miúdos", "sala infantil", "animação"],
     ["tem alguem para tomar conta dos miudos", "ha espaço para criancas", "animacao infantil"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("boas! quanto fica um casamento para uns 200 convidados num sabado de junho? e se estiver frio cabem todos "
         "la dentro?",
         "Small talk greeting + " + both(Q_PRECO, Q_CAPACIDADE) + " — 95 € per person on a Saturday May-October "
         "(about 19.000 € for 200; what is included); the hall seats 180, so 200 seated inside do not fit — with the "
         "garden marquee up to 260 seated (1.800 €).",
         "Only one half without pointing to the other; the 78 € price for a June Saturday; saying 200 fit in the hall."),
        ("e se for numa sexta?",
         faq(Q_PRECO) + " — 78 € per person Sunday-Friday (minimum 80 adults).",
         "Repeating the Saturday price; the opening hours of visits; asking what she means."),
        ("os meus avos vem de braganca e nao aguentam a noite toda, ficam onde?",
         faq(Q_ALOJAMENTO) + " — 8 double rooms at 130 € a night with breakfast, booked through the venue up to 30 "
         "days before (the couple's suite is free); otherwise Hotel Serra Azul 5 km away with 15 % off.",
         "The party's end time because of `a noite toda`; the location entry; 'not covered'."),
        ("fixe, muito obrigada! ate a proxima",
         "Small talk: acknowledgement + thanks + goodbye (`fixe` = great) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("ola bom dia queria uma informacao",
         "Too vague to answer — choices (prices, dates, menu, ceremony...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("o meu irmao tem um grupo de musica e queria tocar no nosso dia, e a minha tia faz uns bolos lindos, "
         "deixam?",
         TYPE + faq(Q_FORNECEDORES) + " — own band allowed without a fee (bringing its own sound, outside only until "
         "midnight); a cake from outside costs 3 € per person.",
         "Tapping an earlier choice; the party hours entry alone; saying outside cakes are forbidden; the wedding "
         "package that includes a cake, as a no."),
        ("e o tinto que o meu pai faz na adega dele?",
         faq(Q_FORNECEDORES) + " — own wine allowed with a corkage fee of 6 € a bottle.",
         "The menu entry; saying it is forbidden; asking what he means."),
        ("desculpe estou a falar com uma pessoa ou e automatico?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("boa tarde, e sobre o nosso dia",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("a familia do rui e muito religiosa e a avo dele ja nao anda bem, queriamos a missa ai mesmo sem ter de ir a "
         "igreja da vila, da para isso?",
         faq(Q_CERIMONIA) + " — yes: Catholic wedding in the venue's 18th-century chapel (90 people), with the "
         "authorisation of the São Pedro de Penaferrim parish, which the couple arranges.",
         "Only the civil/symbolic ceremony in the garden; promising the venue arranges the parish; 'not covered'."),
        ("e voces tratam dos papeis da conservatoria e das aliancas?",
         "Not covered by the FAQ (near the trade: civil-registry paperwork and rings are not offered) — says so "
         "honestly, offers a person or the phone number.",
         "Inventing a wedding-planner service or a price; the ceremony entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("ola, e para o batizado da minha filha no domingo 7 de marco, seremos uns 45 com 12 criancas, fazem? e ha "
         "alguem para tomar conta dos miudos?",
         both(Q_EVENTOS, Q_CRIANCAS) + " — yes, christenings Sunday-Friday from 40 people, lunch from 55 € per person "
         "with 4 hours of space, children 4-10 at 50 %; kids' room with two carers for ages 3-10, 150 € for 4 hours "
         "up to 15 children.",
         "Only one half without pointing to the other; the wedding package (80 adults minimum); inventing a price for "
         "the carers."),
        ("nao percebeste nada. e se cair uma carga de agua nesse domingo? o almoco era para ser la fora",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_CHUVA) + " — plan B at no "
         "cost: the hall or the covered porch, decided with the hosts 48 h before from the IPMA forecast; a garden "
         "marquee costs 1.800 €, to be ordered 30 days before.",
         "Ignoring the push-back and repeating the prices; saying the marquee is free; a handover without answering."),
        ("esquece, assim nao da. quero falar com alguem da quinta, se faz favor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. visit hours); choices; asking to rephrase again."),
        ("esta ai alguem??",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number (telemóvel), waiting
        ("ACABEI DE SABER PELA MINHA PRIMA QUE A BANDA TEM DE PARAR AS 12 EM PONTO??? demos 6 mil euros de sinal e "
         "ninguem nos disse nada, isto e uma vergonha",
         faq(Q_HORARIO) + " — calm, acknowledges the anger: only the music outside ends at midnight (municipal "
         "licence); the party (and the band) goes on inside the hall until 4:00, extra hours 400 € each. Adding the "
         "own-suppliers entry (bands end outside at midnight) or offering a person is fine.",
         "A cold answer ignoring the anger; the cancellation/deposit entry because of `sinal`; confirming that the "
         "party ends at midnight; a handover with no explanation."),
        ("ja agora, sabe onde se comem boas queijadas em sintra?",
         "Not covered (unrelated: a pastry shop in Sintra) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the location); inventing a shop."),
        ("mesmo assim quero que me liguem, o meu telemovel e 936 214 508, so depois das 18h",
         "Hands over / passes on a callback request to 936 214 508 after 18:00 (`telemóvel` = mobile); no FAQ answer.",
         "Ignoring the number or the time; only giving 219 237 418; an FAQ answer; asking to rephrase."),
        ("e mais ou menos quando?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 5 working days for invoices; the visit hours; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in colloquial European Portuguese
        ("marcamos o casamento para 18 de setembro de 2027 e ja pagamos o sinal, mas o meu noivo foi colocado em macau "
         "por 2 anos e a gente vai ter de casar la",
         faq(Q_CANCELAR) + " — in writing to eventos@quintadasazenhas.pt; more than 6 months before: 50 % of the "
         "deposit back (18 September 2027 is well over 6 months away); or one free change of date to within 18 months "
         "of the original. Does not claim it is done.",
         "Claiming the booking was cancelled; saying the whole deposit is returned; the payment entry."),
        ("esta bem",
         "Ambiguous yes — asks what she means or explains the next step (e-mail in writing / a person); must not "
         "claim anything was cancelled.",
         "Saying the wedding is now cancelled; a random FAQ entry."),
        ("e se em vez disso passarmos para o verao de 2029 quando ele voltar?",
         faq(Q_CANCELAR) + " — a free change only to a date up to 18 months after the original (by March 2029), so "
         "summer 2029 is beyond that; the reply states the rule and may offer a person.",
         "A plain yes; inventing a fee; the reservation entry alone; asking what she means."),
        ("o pa, estou a ver que isto e complicado, passe-me la a alguem da quinta que eu explico",
         "Hands over to a person (`ó pá` = oh man, `estou a ver` = I can see, `passe-me lá` = put me through) — "
         "short, no FAQ answer.",
         "An FAQ answer (e.g. the rule again); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! da para irmos ver a quinta este sabado de manha? e onde deixamos o carro?",
         "Small talk greeting + " + both(Q_VISITA, Q_LOCAL) + " — visits by appointment Tuesday-Saturday 10:00-18:00 "
         "(Saturday morning fine), call 219 237 418 or e-mail; free, about 1 hour; Estrada da Azenha 14, São Pedro "
         "de Penaferrim, free parking for 90 cars.",
         "Only one half without pointing to the other; saying visits need no appointment; inventing parking fees."),
        ("e nesse dia ja da para experimentar a comida?",
         faq(Q_MENU) + " — no: the tasting for 4 is included but about 3 months before the wedding, on Thursday "
         "evenings.",
         "Saying yes at the visit; the price list; asking what he means."),
        ("ultima coisa, para ficarmos ja com o 2 de outubro quanto temos de dar? da por mb way?",
         both(Q_RESERVA, Q_PAGAMENTO) + " — 30 % of the estimated value as deposit within 7 days (else the date is "
         "released); rest 40 % 60 days before and the remainder 15 days before; MB Way to 912 604 385 (up to 1.000 € "
         "a day, so a large deposit needs a transfer or several days), transfer or multibanco; invoice with NIF.",
         "Only one half without pointing to the other; inventing a fixed deposit amount; ignoring the MB Way limit."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
