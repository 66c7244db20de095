"""pt: Ria Formosa Rent-a-Car (made up), car rental at Faro airport (Algarve, Portugal), European Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_LEVANTAR = "Como levanto o carro no aeroporto de Faro?"
Q_DEVOLVER = "Como devolvo o carro?"
Q_SEGURO = "Que seguro está incluído e qual é a franquia?"
Q_CAUCAO = "Qual é a caução e como é feita?"
Q_COMBUSTIVEL = "Qual é a política de combustível?"
Q_JOVENS = "Qual é a idade mínima para alugar?"
Q_CADEIRAS = "Têm cadeiras de criança?"
Q_PORTAGENS = "Como funcionam as portagens e a Via Verde?"
Q_CONDUTOR = "Posso acrescentar um condutor adicional?"
Q_CANCELAR = "Posso cancelar a reserva?"
Q_ATRASO = "O que acontece se devolver o carro mais tarde?"
Q_ESPANHA = "Posso levar o carro para Espanha?"
Q_DOCUMENTOS = "Que documentos preciso para levantar o carro?"
Q_AUTOMATICO = "Têm carros automáticos?"
Q_HORARIO = "Qual é o horário e como vos contacto?"

FAQ = [
    (Q_LEVANTAR,
     "À saída das chegadas do aeroporto de Faro, um colaborador espera por si com uma placa da Ria Formosa Rent-a-Car e "
     "leva-o no nosso shuttle gratuito ao escritório em Montenegro (5 minutos). Indique o número do voo na reserva: se o "
     "voo se atrasar, esperamos. Entregas entre as 00:00 e as 07:00 custam mais 25 €.",
     "levantamento", ["levantamento", "aeroporto", "chegada", "shuttle", "balcão"],
     ["onde está o vosso balcão no aeroporto", "alguém me vai buscar às chegadas", "e se o meu voo chegar tarde"]),
    (Q_DEVOLVER,
     "Devolva o carro no nosso escritório em Montenegro (Rua da Aviação 18, a 3 km do aeroporto) e o shuttle leva-o às "
     "partidas em 5 minutos. Conte com 20 minutos para a devolução e o transporte. Fora do horário pode deixar o carro no "
     "parque e a chave na caixa ao lado da porta, sem custo; a inspeção é feita na manhã seguinte.",
     "devolução", ["devolução", "devolver", "entregar o carro", "deixar o carro", "caixa de chaves"],
     ["onde deixo o carro no fim", "posso entregar o carro de madrugada"]),
    (Q_SEGURO,
     "O preço inclui seguro contra terceiros e proteção contra danos (CDW) com uma franquia de 1 200 €. Com o seguro "
     "Super CDW (14 € por dia, máximo 140 € por aluguer) a franquia passa a 0 €. Pneus, vidros e parte de baixo do carro "
     "só ficam cobertos com o pacote Premium (mais 4 € por dia).",
     "seguro", ["seguro", "franquia", "CDW", "danos", "cobertura"],
     ["o seguro está incluído", "quanto pago se tiver um acidente", "como fico sem franquia"]),
    (Q_CAUCAO,
     "Na entrega bloqueamos 1 200 € no cartão de crédito do condutor principal; com o Super CDW são só 300 €. Não "
     "aceitamos cartões de débito nem dinheiro para a caução. O valor é desbloqueado na devolução e o banco costuma "
     "libertá-lo em 7 a 10 dias.",
     "pagamento", ["caução", "cartão de crédito", "bloqueio", "garantia", "débito"],
     ["quanto fica cativo no cartão", "aceitam cartão de débito", "quando me devolvem a caução"]),
    (Q_COMBUSTIVEL,
     "A política é cheio-cheio: recebe o carro com o depósito cheio e devolve-o cheio. Se faltar combustível, cobramos "
     "2,10 € por litro mais 20 € de taxa de abastecimento. Há uma bomba de gasolina na rotunda a 1 km do nosso escritório.",
     "combustível", ["combustível", "gasolina", "gasóleo", "abastecer", "política de combustível"],
     ["tenho de devolver com gasolina", "e se não atestar"]),
    (Q_JOVENS,
     "O condutor tem de ter pelo menos 21 anos e carta há pelo menos 1 ano. Entre os 21 e os 24 anos há uma taxa de "
     "condutor jovem de 9 € por dia (máximo 90 € por aluguer). Condutores com mais de 75 anos devem contactar-nos antes de "
     "reservar.",
     "condutores", ["idade mínima", "condutor jovem", "anos", "carta de condução", "taxa jovem"],
     ["com 22 anos posso alugar", "há taxa para menores de 25"]),
    (Q_CADEIRAS,
     "Sim: cadeira de bebé (0-13 kg), cadeira de criança (9-18 kg) e assento elevatório (15-36 kg), por 6 € por dia cada, "
     "no máximo 48 € por aluguer. Reserve com antecedência. Em Portugal, crianças com menos de 1,35 m têm de viajar numa "
     "cadeira adequada.",
     "extras", ["cadeira de criança", "cadeira de bebé", "assento elevatório", "ovo", "booster"],
     ["alugam cadeira para bebé", "quanto custa o assento elevatório"]),
    (Q_PORTAGENS,
     "A A22 (Via do Infante) só tem portagens eletrónicas. Todos os nossos carros têm dispositivo Via Verde por 2 € por "
     "dia (máximo 20 € por aluguer); as portagens passam automaticamente e são cobradas no seu cartão até 15 dias depois "
     "da devolução, com o detalhe por e-mail. Sem Via Verde, teria de pagar nos CTT entre 2 e 15 dias depois da passagem.",
     "extras", ["portagens", "Via Verde", "A22", "Via do Infante", "pórticos"],
     ["como pago as portagens na A22", "o carro tem via verde"]),
    (Q_CONDUTOR,
     "Sim, cada condutor adicional custa 5 € por dia (máximo 50 € por aluguer). Tem de estar presente no levantamento com "
     "a carta de condução e o documento de identificação, e cumprir as mesmas regras de idade (mínimo 21 anos, carta há 1 "
     "ano).",
     "condutores", ["condutor adicional", "segundo condutor", "outro condutor"],
     ["a minha mulher também pode conduzir", "quanto custa um segundo condutor"]),
    (Q_CANCELAR,
     "Pode cancelar sem custos até 48 horas antes da hora de levantamento, na sua área de cliente ou por e-mail; o "
     "reembolso chega em 5 a 7 dias úteis. Com menos de 48 horas cobramos 1 dia de aluguer. Se não aparecer sem avisar, "
     "o valor pré-pago não é devolvido.",
     "reservas", ["cancelar", "cancelamento", "reembolso", "anular reserva"],
     ["quero anular a reserva", "devolvem o dinheiro se cancelar"]),
    (Q_ATRASO,
     "Há uma tolerância de 59 minutos. Depois disso cobramos mais 1 dia de aluguer ao preço de balcão (e os extras desse "
     "dia). Se souber que vai chegar tarde, ligue-nos: se houver carro disponível, prolongamos o aluguer ao preço da "
     "reserva.",
     "devolução", ["atraso", "devolução tardia", "hora de devolução", "tolerância", "prolongar"],
     ["posso ficar com o carro mais um dia", "há tolerância na hora de devolução"]),
    (Q_ESPANHA,
     "Sim, com a taxa de circulação em Espanha de 45 € por aluguer, a pagar no levantamento; o seguro e a assistência "
     "em viagem ficam válidos em Espanha. Avise-nos ao reservar. Não é permitido levar o carro para Gibraltar nem para "
     "Marrocos.",
     "viagem", ["Espanha", "estrangeiro", "fronteira", "Sevilha", "taxa transfronteiriça"],
     ["posso ir a Sevilha", "o seguro vale em Espanha"]),
    (Q_DOCUMENTOS,
     "Precisa da carta de condução (há pelo menos 1 ano), do cartão de cidadão ou passaporte e de um cartão de crédito em "
     "nome do condutor principal. Cartas de fora da UE em alfabeto não latino precisam de licença internacional.",
     "levantamento", ["documentos", "carta de condução", "passaporte", "cartão de cidadão"],
     ["o que tenho de levar", "preciso de licença internacional"]),
    (Q_AUTOMATICO,
     "Sim, a partir do grupo D (por exemplo Renault Clio automático ou VW Golf automático), com um suplemento de cerca de "
     "10 € por dia face ao modelo manual equivalente. São poucos carros, por isso reserve com antecedência, "
     "principalmente de junho a setembro.",
     "frota", ["automático", "caixa automática", "mudanças", "frota"],
     ["há carros com caixa automática", "quanto custa um automático"]),
    (Q_HORARIO,
     "O escritório está aberto todos os dias, incluindo domingos e feriados, das 07:00 às 24:00. Telefone "
     "+351 289 812 340 (também WhatsApp) e e-mail reservas@riaformosarent.example.",
     "geral", ["horário", "aberto", "telefone", "contacto", "whatsapp"],
     ["a que horas abrem", "qual é o vosso número"]),
]

PLAN = [
    [  # 1 late arrival, deposit, fuel
        ("boas, o meu voo chega a faro dia 12 à 1 e 20 da manha, vai estar alguem no aeroporto? e qual e a caução no cartao",
         "Small talk greeting + " + both(Q_LEVANTAR, Q_CAUCAO) + " — staff waits at arrivals with a sign + free shuttle (give the flight number); a handover between 00:00 and 07:00 costs 25 € extra; 1 200 € blocked on a credit card (300 € with Super CDW).",
         "Only one half without pointing to the other; the opening hours only; the insurance entry."),
        ("e se for cartão de débito?",
         faq(Q_CAUCAO) + " — debit cards (and cash) are not accepted for the deposit; a credit card in the main driver's name is needed.",
         "Saying debit is fine; the documents entry without the deposit rule; asking what he means."),
        ("ok e o depósito tem de vir cheio?",
         faq(Q_COMBUSTIVEL) + " — 'depósito' here is the fuel tank: full-to-full; missing fuel 2,10 €/l + 20 €.",
         "The card deposit entry again (misreading 'depósito'); the return entry."),
        ("fixe, obrigado. até dia 12!",
         "Small talk: thanks + goodbye (acknowledgement) — short closing.",
         "An FAQ entry; choices; a handover."),
    ],
    [  # 2 vague extras, child seats
        ("queria saber dos extras",
         "Too vague to answer — choices (child seats, extra driver, Via Verde, insurance) or a clarifying question.",
         "A handover; one entry answered at length."),
        ("vou com os meus filhos de 2 e 7 anos, o q é que têm pra eles irem bem presos la atras?",
         TYPE + faq(Q_CADEIRAS) + " — baby seat, child seat and booster available; book in advance; under 1,35 m a seat is compulsory.",
         "Tapping an earlier choice; the insurance entry; 'not covered'."),
        ("e quanto é por dia?",
         faq(Q_CADEIRAS) + " — 6 € a day per seat, max 48 € per rental.",
         "The car rental price or insurance price; asking what she means."),
        ("espera, isto é um robô?",
         "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague return problem, delayed flight, transfer
        ("problema com a devolução",
         "Too vague to answer — choices (how to return the car, late return, cancellation/refund) or a clarifying question.",
         "A handover; 'not covered'."),
        ("não, nada disso",
         TYPE + "Typed rejection — asks what the problem is / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("estou a ver aqui que o meu voo de volta foi adiado, em vez das 10h so consigo chegar ao vosso escritorio la pelas 13h",
         faq(Q_ATRASO) + " — 59 minutes' tolerance, after that 1 extra day at counter price; call them: if a car is free they extend at the booking price.",
         "The return-procedure entry only; the cancellation entry; 'no problem, no charge'."),
        ("e vocês não fazem transfer para o hotel em albufeira? em vez do carro",
         "Not covered by the FAQ (near the trade: a hotel transfer/taxi service is not offered; only the free shuttle to their office) — says so honestly, offers a person.",
         "The airport pick-up entry presented as a hotel transfer; claiming they do transfers; unrelated choices."),
    ],
    [  # 4 young son as extra driver, push-back twice, angry
        ("olá, o meu filho tem 20 anos e carta há 2, pode conduzir também? paga-se mais?",
         both(Q_JOVENS, Q_CONDUTOR) + " — no: minimum age is 21, so he can't drive; an extra driver otherwise costs 5 €/day (max 50 €).",
         "Saying yes with the young-driver fee (he is under 21); only the extra-driver price; only one half without pointing to the other."),
        ("não foi isso que eu perguntei. e no fim largo-o onde, no aeroporto?",
         "Push-back (first time) + " + faq(Q_DEVOLVER) + " — apologise; return at the office in Montenegro (3 km), shuttle to departures in 5 min; allow 20 min; key box outside hours.",
         "Repeating the age answer unchanged; ignoring the push-back; the pick-up entry."),
        ("ó pá, outra vez?? quero falar com uma pessoa JÁ",
         "Push-back (second time in a row) + Request for a person (angry) — short apology and handover now.",
         "Another FAQ answer; choices; asking to rephrase."),
        ("está aí alguém??",
         WAIT + AFTER + "Waiting — reassures that a person will answer; no FAQ answer, no invented wait time.",
         "An FAQ entry; a new greeting as if the chat were new; a promised time."),
    ],
    [  # 5 angry about toll charges
        ("isto é uma vergonha, 2 semanas depois de entregar o carro aparece-me uma cobrança de 38 euros no cartão e ninguem me avisou de nada!!",
         faq(Q_PORTAGENS) + " — apologise; likely the A22 electronic tolls via Via Verde (2 €/day, max 20 €) charged to the card up to 15 days after return, details by email; a person can check the exact charge.",
         "The deposit entry; the fuel entry as the only explanation; only a handover without any explanation."),
        ("já agora, sabes se amanhã vai chover em faro?",
         "Not covered by the FAQ (unrelated: weather forecast) — says it can't answer that here.",
         "Inventing a forecast; an FAQ entry; choices."),
        ("liguem-me para o telemóvel, 913 482 075, depois das 6",
         "Request for a person (callback with number) — hand over / confirm the number and time are passed on.",
         "Only giving the office phone number; an FAQ entry; ignoring the number."),
        ("e isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The late-return or refund-time entries; promising a precise time."),
    ],
    [  # 6 cancelling August, refund, dialect person request
        ("afinal ja nao vamos ao algarve em agosto, a reserva era de 3 a 10",
         faq(Q_CANCELAR) + " — free cancellation up to 48 h before pick-up (customer area or email); refund in 5-7 working days. Must not claim the booking is cancelled.",
         "Saying 'your booking is cancelled'; the late-return entry; the pick-up entry."),
        ("sim",
         "Ambiguous yes — acknowledges or asks what he means (cancel himself in the customer area, or a person?); never claims a cancellation.",
         "Confirming a cancellation; an unrelated entry; repeating the whole answer."),
        ("e o dinheiro q ja paguei volta todo?",
         faq(Q_CANCELAR) + " — yes in full if more than 48 h before pick-up, refunded in 5-7 working days.",
         "The card deposit entry; 'not covered'."),
        ("carago, isto assim não dá, quero é falar com alguém daí",
         "Request for a person (dialect: northern 'carago') — hand over.",
         "The phone number/opening hours only; an FAQ entry; asking to rephrase."),
    ],
    [  # 7 trip to Seville, automatic
        ("bom dia! dá para ir até sevilha com o carro? e o que é que tenho de levar no dia?",
         "Small talk greeting + " + both(Q_ESPANHA, Q_DOCUMENTOS) + " — yes with the 45 € Spain fee (insurance valid there, tell them when booking); driving licence (1 year+), ID card/passport, credit card of the main driver.",
         "Only one half without pointing to the other; 'not covered'; the tolls entry."),
        ("e se tiver um toque lá, quanto pago?",
         faq(Q_SEGURO) + " — CDW included with 1 200 € excess (valid in Spain too); Super CDW 14 €/day brings it to 0 €.",
         "The card deposit entry only; the Spain fee again without the excess; asking what 'toque' means ('toque' = a minor bump)."),
        ("ok. tem caixa automatica? a minha mulher so conduz automaticos. e a q horas fecham ao domingo",
         both(Q_AUTOMATICO, Q_HORARIO) + " — automatics from group D, about 10 €/day more, book early; open every day incl. Sunday 07:00-24:00.",
         "Only one half without pointing to the other; the extra-driver entry as the main answer; saying closed on Sunday."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
