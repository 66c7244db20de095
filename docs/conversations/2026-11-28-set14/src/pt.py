"""Portuguese (Brazil, Belo Horizonte / mineiro): Buffet Pé de Moleque, a children's party venue in Santa Tereza."""
from common_es_nl_pt import (faq_entry, Refs, write_all, IF_CHOICES, IF_CHOICES_OR_ANSWER,
                             AFTER_HANDOVER)

WA = "(31) 98765-4321"

FAQ = [
    faq_entry("Quanto custa uma festa no buffet?",
              "Pacote Festa Completa para 50 convidados: R$ 3.900 de segunda a quinta e R$ 4.900 de sexta a domingo "
              "e feriados. Cada convidado a mais custa R$ 65. Crianças até 4 anos não pagam e não contam nos 50. "
              "Inclui 4 horas de festa, salão, brinquedos, monitores, comida, bolo simples e bebidas sem álcool.",
              "preços", ["preço", "valor", "quanto custa", "pacote", "orçamento"],
              ["qual o valor da festa", "quanto fica pra 50 pessoas", "preço do pacote completo"]),
    faq_entry("Quantos convidados cabem no salão?",
              "O salão recebe até 120 pessoas (adultos e crianças acima de 4 anos). O mínimo cobrado é de 50 "
              "convidados, mesmo que venham menos.",
              "preços", ["convidados", "capacidade", "cabem", "máximo", "lotação"],
              ["cabe 100 pessoas", "qual o tamanho do salão", "número máximo de pessoas"]),
    faq_entry("O que tem no cardápio?",
              "Salgados fritos na hora (coxinha, kibe, risole, bolinha de queijo), pão de queijo, mini-hambúrguer, "
              "cachorro-quente, pizza brotinho e batata frita, tudo à vontade; 4 docinhos por convidado; 1 bolo "
              "simples de 2 sabores; refrigerante, suco e água à vontade.",
              "comida", ["cardápio", "comida", "salgados", "menu", "doces"],
              ["o que é servido na festa", "quais salgados tem", "tem pão de queijo"]),
    faq_entry("Posso levar bolo e doces de fora?",
              "Bolo e docinhos de confeitaria de fora podem, com taxa de R$ 150 (nós servimos e guardamos na "
              "geladeira). Salgados e outras comidas de fora não são permitidos, por norma da Vigilância Sanitária. "
              "Para cerveja própria há uma taxa à parte.",
              "comida", ["bolo de fora", "doces de fora", "taxa", "confeitaria", "trazer"],
              ["posso trazer meu bolo", "a madrinha vai fazer os docinhos, pode", "pode levar comida de casa"]),
    faq_entry("Tem bebida alcoólica?",
              "Cerveja e chope não estão no pacote. Você pode contratar chope à vontade por R$ 25 por adulto (4 horas) "
              "ou trazer sua própria cerveja pagando uma taxa de R$ 200 (inclui gelo, freezer e garçom servindo). "
              "Destilados não são permitidos.",
              "comida", ["cerveja", "chope", "bebida alcoólica", "álcool", "taxa de rolha"],
              ["tem chopp", "pode beber na festa", "serve cerveja pros adultos"]),
    faq_entry("Quais brinquedos vocês têm?",
              "Brinquedão de 3 andares com tobogã, cama elástica, piscina de bolinhas, videogame, mesa de air hockey e "
              "área baby para menores de 3 anos. Tem 1 monitor para cada 15 crianças durante toda a festa.",
              "espaço", ["brinquedos", "cama elástica", "piscina de bolinhas", "tobogã", "diversão"],
              ["o que as crianças fazem lá", "tem pula-pula", "tem área para bebê"]),
    faq_entry("Tem decoração e tema?",
              "Sim, a decoração temática está inclusa: são 40 temas para escolher (lista no Instagram "
              "@buffetpedemoleque). Um tema personalizado fora da lista custa R$ 450 a mais. Não é permitido colar "
              "nada nas paredes.",
              "festa", ["decoração", "tema", "temas", "mesa do bolo", "enfeites"],
              ["tem tema da frozen", "posso escolher o tema", "quanto é a decoração"]),
    faq_entry("Como faço para reservar a data?",
              f"Confira a data pelo WhatsApp {WA} ou numa visita. A reserva é confirmada com o sinal de 30% por Pix; "
              "depois enviamos o contrato por e-mail em até 2 dias úteis (se não chegar, confira o spam ou mande o "
              "comprovante no WhatsApp). Os sábados costumam lotar com 3 meses de antecedência.",
              "reservas", ["reservar", "reserva", "data", "contrato", "disponibilidade"],
              ["tem data livre em maio", "como garanto o dia", "quero fechar a festa"]),
    faq_entry("Como é o pagamento?",
              "30% de sinal por Pix para reservar. O restante deve ser pago até 10 dias antes da festa: em até 6x sem "
              "juros no cartão ou à vista no Pix com 5% de desconto sobre o restante.",
              "reservas", ["pagamento", "pagar", "pix", "cartão", "parcelar", "sinal"],
              ["aceita cartão", "dá pra parcelar", "como pago a festa"]),
    faq_entry("Posso cancelar ou mudar a data da festa?",
              "Cancelamento até 60 dias antes: devolvemos o sinal menos R$ 300. Entre 60 e 15 dias antes: o sinal não "
              "é devolvido. Com menos de 15 dias: é cobrado 50% do valor total. Mudar a data pode 1 vez sem custo até "
              f"30 dias antes, conforme disponibilidade. Para cancelar ou mudar, fale no WhatsApp {WA}.",
              "reservas", ["cancelar", "cancelamento", "mudar data", "remarcar", "desistir", "reembolso"],
              ["quero desmarcar a festa", "devolve o sinal", "posso trocar o dia"]),
    faq_entry("Qual o horário das festas?",
              "Segunda a sexta: das 19h às 23h. Sábado, domingo e feriados: das 12h às 16h ou das 18h às 22h. Hora "
              "extra: R$ 450 por hora, só se o salão estiver livre depois.",
              "festa", ["horário", "que horas", "hora extra", "duração", "turno"],
              ["a festa dura quanto tempo", "tem festa de manhã", "até que horas vai"]),
    faq_entry("Onde fica o buffet e tem estacionamento?",
              "Rua das Acácias, 412, Santa Tereza, Belo Horizonte. Temos estacionamento próprio gratuito com 25 vagas "
              "e manobrista nas festas de sábado e domingo.",
              "espaço", ["endereço", "onde fica", "estacionamento", "vagas", "como chegar"],
              ["qual o endereço", "tem onde parar o carro", "fica em que bairro"]),
    faq_entry("Tem opção para criança com alergia ou sem glúten?",
              "Sim. Avisando até 15 dias antes, preparamos kits sem glúten ou sem lactose: até 5 kits são grátis, a "
              "partir do 6º custam R$ 30 cada. Alergias graves (amendoim, ovo) precisam ser avisadas por escrito no "
              "contrato.",
              "comida", ["alergia", "sem glúten", "sem lactose", "restrição alimentar", "intolerância"],
              ["meu filho é celíaco", "tem salgado sem leite", "comida para alérgico"]),
    faq_entry("Posso visitar o buffet antes de fechar?",
              f"Pode sim: visitas de terça a sábado, das 10h às 17h, com horário marcado pelo WhatsApp {WA}. Depois "
              "de fechar contrato, tem degustação para 2 pessoas 1 mês antes da festa.",
              "reservas", ["visita", "conhecer o espaço", "degustação", "agendar visita"],
              ["dá pra ir aí ver o salão", "como marco uma visita", "tem degustação"]),
    faq_entry("As crianças ficam seguras?",
              "Sim: 1 monitor para cada 15 crianças, portão com controle e as crianças só saem acompanhadas de um "
              "adulto da lista; cada criança recebe uma pulseira com nome e telefone do responsável. Menores de 3 anos "
              "precisam estar com um adulto nos brinquedos.",
              "espaço", ["segurança", "monitores", "pulseira", "portão", "cuidar"],
              ["quem fica de olho nas crianças", "tem monitor", "as crianças podem sair sozinhas"]),
]
KEYS = ["preco", "capacidade", "cardapio", "levar", "cerveja", "brinquedos", "decoracao", "reserva", "pagamento",
        "cancelar", "horario", "local", "alergia", "visita", "seguranca"]
R = Refs(FAQ, KEYS)

PLAN = [
    # 1: greeting + question, two follow-ups, thanks + goodbye
    [
        ("boa tarde! quanté uma festa pra minha fia de 5 anos, uns 60 convidado",
         R.faq("preco", "50 guests R$ 3.900 Mon-Thu / R$ 4.900 Fri-Sun, each extra guest R$ 65 (so 10 extra = "
                        "R$ 650); a short hello back is fine ('quanté' = quanto é, 'fia' = filha)"),
         "Only a greeting; the capacity entry only; asking for the date before giving any price"),
        ("e os pititico de 2 anos conta?",
         R.faq("preco", "children up to 4 don't pay and don't count in the 50 ('pititico' = little ones)"),
         "The safety entry (under-3s with an adult); the capacity entry; 'too vague'"),
        ("e o rango, vem o q?",
         R.faq("cardapio", "fried snacks, pão de queijo, mini burgers, hot dogs, mini pizza, fries à vontade, 4 "
                           "sweets per guest, simple cake, soft drinks and juice"),
         "The outside-cake entry; the allergy entry; not understanding 'rango' (= food)"),
        ("nó, trem bão demais. brigada viu, tchau tchau",
         "Small talk: thanks + goodbye ('nó' = wow, 'trem bão' = great) — short goodbye",
         "Any FAQ answer; choices; a handover"),
    ],
    # 2: vague -> question typed while choices show; vague -> typed rejection -> rephrasing
    [
        ("queria saber das crianças",
         "Too vague to answer — choices (safety / toys / allergies / children's price) or a clarifying question",
         "Picking one entry as if it were clear; a handover"),
        ("meu menino num pode trigo de jeito nenhum, cês tem alguma coisa pra ele?",
         IF_CHOICES + R.faq("alergia", "gluten-free kits if told 15 days before, up to 5 free, then R$ 30 each"),
         "Ignoring the typed text and repeating the choices; the menu entry"),
        ("e sobre o dia lá",
         "Too vague to answer — a clarifying question or choices",
         "Repeating the allergy answer; a handover"),
        ("num é nada disso nao uai",
         IF_CHOICES_OR_ANSWER + "Typed rejection — acknowledge, ask what they want to know (or offer a person); "
                                "no handover yet",
         "Showing the same choices again; repeating the previous answer; handing over straight away"),
        ("quero saber se dá pra esticar a festa mais 1 hora",
         R.faq("horario", "extra hour R$ 450, only if the hall is free afterwards"),
         "The price entry; the normal times only without the extra hour"),
    ],
    # 3: answer, push-back twice -> handover, then 'how long'
    [
        ("posso levar os salgado que minha sogra faz? os dela é mt mió",
         R.faq("levar", "no, savoury snacks and other food from outside are not allowed (health rules); only cake "
                        "and sweets, with a R$ 150 fee"),
         "Saying yes for R$ 150 (that is only for cake and sweets); the menu entry"),
        ("mas é só salgado, que mal tem?? aff",
         "Push-back (first time) — apologise, explain it is a rule or offer a person",
         "Repeating the same answer word for word; giving in and allowing it"),
        ("ah não sô, cê ta me enrolando, num resolveu nada",
         "Push-back (second time in a row) — hand over to a person now ('me enrolando' = stalling me)",
         "A third time the same answer; more questions instead of a handover"),
        ("e aí, vai demorar mt?",
         AFTER_HANDOVER + "Waiting — reassure that a person will answer; no invented wait time",
         "The party times or the extra-hour entry; a fixed number of minutes"),
    ],
    # 4: angry customer, FAQ covers it; follow-up; angry request for a person
    [
        ("gente eu paguei o sinal semana passada e ate agora ninguem me mandou contrato nenhum, to mt brava, cês "
         "pegam o dinheiro e somem??",
         R.faq("reserva", "apologise; the contract is emailed within 2 working days after the Pix deposit; check "
                          "spam or send the receipt on the WhatsApp (31) 98765-4321"),
         "Ignoring the anger; the payment entry only; the cancellation/refund entry"),
        ("e ate qnd tenho q quitar o resto?",
         R.faq("pagamento", "the rest up to 10 days before the party, up to 6x on card or Pix with 5% off "
                            "('quitar o resto' = pay off the rest)"),
         "The cancellation entry; 'too vague'"),
        ("quero falar com a dona desse buffet AGORA",
         "Request for a person (angry) — hand over",
         "Another FAQ answer; asking them to calm down without handing over"),
    ],
    # 5: unrelated, near-trade not offered, bot?, callback, waiting
    [
        ("sabe onde tira segunda via de identidade aqui em bh?",
         "Not covered by the FAQ (ID card office) — short honest 'can't help with that here'",
         "The address entry ('bh'); any FAQ entry"),
        ("cês alugam pula pula pra festa em casa?",
         "Not covered by the FAQ (renting out play equipment / parties at home are not offered) — say so, offer a "
         "person",
         "The toys entry (it lists cama elástica / pula-pula); saying yes; inventing a rental price"),
        ("to falando com gente ou é robô? kkkk",
         "Small talk: says honestly it is an automated assistant and can pass them to a person",
         "Claiming to be a person; an FAQ answer; an immediate handover"),
        ("me liga então, (31) 99123-4567, depois das 18h q eu saio do serviço",
         "Request for a person (callback, number (31) 99123-4567, after 18h) — hand over / note the callback",
         "Ignoring the number; the party times entry; the booking entry (WhatsApp number)"),
        ("oiii?? alguém aí?",
         AFTER_HANDOVER + "Waiting — reassure that someone will answer; no FAQ answer",
         "Restarting with a greeting menu; an invented wait time"),
    ],
    # 6: cancel = the booked party; ambiguous yes; follow-up
    [
        ("preciso cancelar a festa do dia 20, meu marido perdeu o emprego",
         R.faq("cancelar", "60+ days before: deposit back minus R$ 300; 60-15 days: deposit kept; under 15 days: "
                           "50% of the total; changing the date once is free up to 30 days before; contact WhatsApp; "
                           "a kind word is good"),
         "Saying the party is cancelled; ending the chat; the payment entry"),
        ("ss",
         "Ambiguous sim ('ss' = sim) — acknowledge or ask what they mean / how to proceed; never claim the party "
         "was cancelled",
         "'Your party has been cancelled'; repeating the whole answer as if confirmed"),
        ("e se eu passar pro mes q vem?",
         R.faq("cancelar", "changing the date once is free up to 30 days before, subject to availability"),
         "The booking entry; confirming a new date; only the cancellation fees"),
    ],
    # 7: two questions in one; follow-up; direct request for a person
    [
        ("tem cerveja? e onde estaciona o povo?",
         R.both("cerveja", "local", "beer not included: chope à vontade R$ 25 per adult or own beer with R$ 200 "
                                    "fee; free own parking with 25 spaces (valet on weekends)"),
         "Only one of the two without pointing to the other; the menu entry"),
        ("e se eu levar a minha?",
         R.faq("cerveja", "own beer is allowed with a R$ 200 fee (ice, freezer, waiter included)"),
         "The outside-cake entry (R$ 150); saying outside drinks are not allowed; 'too vague'"),
        ("consigo falar com alguém da equipe por aqui?",
         "Request for a person (direct) — hand over",
         "Another FAQ answer; the visit entry"),
    ],
]

if __name__ == "__main__":
    write_all("pt", FAQ, PLAN)
