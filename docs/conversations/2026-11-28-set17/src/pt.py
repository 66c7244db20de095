"""pt: Pastelaria Flor de Arroios — pastry shop and catering, Arroios, Lisbon (Portugal)."""
from common_b import Faq, write_faq, write_plan

WA = "912 000 345"
faq = Faq([
    ("Quanto custa um bolo de aniversário por encomenda?",
     "€24 por kg, mínimo 1,5 kg (cerca de 12 pessoas; conte 120 g por pessoa). Recheios: chocolate, ovos moles, frutos "
     "vermelhos ou noz. Decoração em pasta de açúcar: mais €8 por kg; fotografia comestível: €6. Velas e topos não estão "
     "incluídos.",
     "bolos", ["bolo de aniversário", "preço", "kg", "recheio", "encomenda"],
     ["quanto fica um bolo para 20 pessoas", "preço do bolo por quilo", "quanto custa encomendar um bolo"]),
    ("Com quanta antecedência tenho de encomendar?",
     "Bolos de aniversário: 48 horas. Bolos em pasta de açúcar ou de andares: 5 dias. Catering: 7 dias. Mais de 50 "
     "salgados ou pastéis: 24 horas. A encomenda só fica confirmada com um sinal de 30%.",
     "encomendas", ["antecedência", "prazo", "sinal", "confirmar encomenda"],
     ["quantos dias antes tenho de pedir", "qual o prazo para encomendas", "posso encomendar para amanhã"]),
    ("Fazem entregas?",
     "Sim, de terça a sábado entre as 9h e as 19h, numa janela de 1 hora à sua escolha: Lisboa €7,50 (grátis acima de "
     "€80); Oeiras, Amadora, Loures e Odivelas €12. Ao domingo e segunda não há entregas. O levantamento na loja é "
     "gratuito.",
     "entregas", ["entrega", "entregar ao domicílio", "portes", "levar a casa"],
     ["entregam em casa", "quanto custa a entrega", "entregam em Oeiras"]),
    ("Que formas de pagamento aceitam?",
     "Numerário, Multibanco e MB Way. O sinal de 30% das encomendas paga-se por MB Way ou transferência bancária; "
     "catering e empresas também por transferência. Cartão refeição só ao balcão, não em encomendas. Não aceitamos "
     "cheques.",
     "pagamentos", ["pagamento", "MB Way", "multibanco", "transferência", "cartão refeição"],
     ["posso pagar com MB Way", "aceitam cartão", "como pago o sinal"]),
    ("Quanto custa o catering para festas?",
     "Menu Salgados: €9,50 por pessoa (8 salgados variados e pão de leite recheado). Menu Festa: €16 por pessoa "
     "(salgados, mini-sanduíches, 3 doces por pessoa, sumos e água). Mínimo 20 pessoas; o bolo é à parte. Encomenda com "
     "7 dias de antecedência.",
     "catering", ["catering", "menu festa", "por pessoa", "festa", "evento"],
     ["preço do catering por pessoa", "fazem comida para festas", "menu para um batizado"]),
    ("Quanto custam os salgados e pastéis de nata por encomenda?",
     "Salgados (rissóis de camarão, croquetes, pastéis de bacalhau, chamuças): €0,60 cada ou €55 o cento; congelados "
     "para fritar em casa: €40 o cento. Pastel de nata €1,30, caixa de 6 por €7,50; mini pastéis de nata €0,70.",
     "encomendas", ["salgados", "cento", "rissóis", "pastéis de nata", "croquetes"],
     ["preço do cento de salgados", "quanto custam os rissóis", "caixa de pastéis de nata"]),
    ("Fazem bolos de casamento?",
     "Sim: bolos de andares a partir de €4,50 por fatia, mínimo 50 pessoas. A prova de bolo para 2 pessoas custa €25 e é "
     "descontada se fizer a encomenda. Marque com pelo menos 2 meses de antecedência. Entrega e montagem no local: €40 "
     "na Grande Lisboa.",
     "bolos", ["casamento", "bolo de andares", "prova de bolo", "noivos"],
     ["bolo para casamento preço", "fazem bolos de noiva", "quero marcar uma prova de bolo"]),
    ("Têm opções sem glúten, sem lactose ou vegan?",
     "Sem lactose: a maior parte dos bolos por encomenda, sem custo extra. Vegan: bolo de chocolate e bolo de laranja. "
     "Sem glúten: bolos por encomenda com mais 15%, mas são feitos na mesma cozinha onde se usa farinha de trigo, por "
     "isso não garantimos a ausência de vestígios e não os recomendamos a celíacos. Os pastéis de nata só existem na "
     "receita normal.",
     "bolos", ["sem glúten", "sem lactose", "vegan", "alergias", "intolerância"],
     ["têm bolos sem glúten", "opções para intolerantes à lactose", "fazem bolo vegan"]),
    ("O catering inclui empregados de mesa e loiça?",
     "Os menus de catering incluem loiça descartável, guardanapos e a montagem da mesa. Empregados de mesa: €18 por hora "
     "por empregado, mínimo 4 horas. Loiça de porcelana e copos de vidro: €1,20 por pessoa.",
     "catering", ["empregados de mesa", "loiça", "pessoal", "montagem"],
     ["têm pessoal para eventos", "o catering traz pratos e copos", "preço de um empregado de mesa"]),
    ("E se a encomenda tiver algum problema?",
     "Verifique tudo no momento da entrega ou do levantamento. Se um bolo entregue por nós chegar danificado ou errado, "
     "envie uma foto em 2 horas para o WhatsApp " + WA + " e fazemos outro ou devolvemos o valor. Quando é o cliente a "
     "levantar na loja, não nos responsabilizamos por danos no transporte. Bolos com natas ou chantilly fora do "
     "frigorífico mais de 2 horas não dão direito a reclamação.",
     "reclamações", ["reclamação", "danificado", "problema", "errado", "devolução"],
     ["o bolo chegou estragado", "quero reclamar", "a encomenda veio errada"]),
    ("Onde fica a pastelaria?",
     "Rua Pascoal de Melo 84, Arroios, Lisboa, a 2 minutos do metro Arroios (linha verde), com esplanada de 6 mesas. Não "
     "temos estacionamento próprio; há lugares pagos na rua (EMEL).",
     "geral", ["morada", "localização", "metro", "estacionamento"],
     ["qual é a morada", "como chego aí", "ficam perto de que metro"]),
    ("Qual é o horário?",
     "Segunda a sábado das 7h30 às 20h; domingos e feriados das 8h às 13h. As encomendas levantam-se até às 19h30 (ao "
     "domingo até às 12h30). Fechamos a 25 de dezembro e a 1 de janeiro; a 24 e 31 de dezembro fechamos às 16h.",
     "geral", ["horário", "abertos", "fecham", "domingo", "feriados"],
     ["a que horas abrem", "estão abertos ao domingo", "até que horas posso levantar"]),
    ("Posso cancelar ou alterar uma encomenda?",
     "Alterações (sabor, tamanho, texto) sem custos até 72 horas antes. Cancelamento até 48 horas antes: o sinal é "
     "devolvido na totalidade. Com menos de 48 horas o sinal não é devolvido, mas fica como crédito na loja durante 60 "
     "dias. Nos bolos de casamento o sinal não é reembolsável depois da prova.",
     "encomendas", ["cancelar", "alterar encomenda", "sinal", "reembolso"],
     ["quero cancelar a encomenda", "posso mudar o sabor", "devolvem o sinal"]),
    ("Passam fatura com NIF?",
     "Sim: diga o NIF no momento do pagamento. Depois de emitida uma fatura sem NIF já não a podemos alterar. Empresas "
     "recebem fatura-recibo por email; clientes habituais podem pagar a 30 dias por transferência.",
     "pagamentos", ["fatura", "NIF", "contribuinte", "empresa"],
     ["preciso de fatura com número de contribuinte", "fatura para empresa", "podem pôr o NIF"]),
    ("Têm cartão de cliente ou descontos?",
     "Cartão Flor, gratuito, pede-se ao balcão: a cada 10 cafés ou pastéis de nata, o 11.º é oferta; e 5% de desconto nos "
     "bolos por encomenda a partir da 2.ª encomenda. Não acumula com outras promoções.",
     "descontos", ["cartão de cliente", "desconto", "promoção", "pontos"],
     ["há descontos para clientes", "cartão de fidelização", "têm promoções"]),
])

F, B = faq.ref, faq.both
TYPE = "[type, do not tap]"
AFTER = "[after the bot handed over to a person]"
WAIT = "[wait 60 s before sending]"
NC = "Not covered by the FAQ"

plan = [
    [  # 1: greeting + question, follow-ups, thanks, goodbye
        ("boas, tas bom? queria um bolo de anos pa 20 pessoas, quanto fica mais ou menos?",
         "Greeting back + " + F(1, "€24 per kg, count 120 g a person (about 2.4 kg, roughly €58 for 20), minimum 1.5 kg; sugar paste +€8/kg"),
         "Only a greeting; the catering price per person; the wedding cake price per slice"),
        ("e e preciso avisar com muito tempo?",
         F(2, "birthday cake 48 hours (sugar-paste cakes 5 days), confirmed only with a 30% deposit"),
         "The cancellation entry; '7 days' (that is catering)"),
        ("levam a casa? moro na amadora. e da pa pagar por mbway?",
         B(3, "Tue-Sat 9h-19h, Amadora €12, 1-hour window; pick-up in the shop free", 4,
           "yes, MB Way (also cash, Multibanco); the 30% deposit by MB Way or transfer"),
         "Only one of the two; the Lisbon fee (€7,50) for Amadora"),
        ("fixe, obrigadinho!", "Small talk: thanks — short reply", "A FAQ answer; a handover"),
        ("adeus, ate ja", "Small talk: goodbye", "A FAQ answer; a handover"),
    ],
    [  # 2: two-entry question, typed question while choices show, follow-up, bot?
        ("qual e a diferença entre o vosso catering e eu encomendar so os salgados ao cento?",
         B(5, "catering per person: Menu Salgados €9,50 / Menu Festa €16, minimum 20 people", 6,
           "savouries alone €0,60 each or €55 per hundred (frozen €40)")
         + " (choices with both entries are fine)",
         "Only one of the two prices with no word on the difference; the waiters entry"),
        ("ja agora fazem bolos pa casamentos? estou a organizar o da minha irma, e em setembro",
         TYPE + " " + F(7, "tiered cakes from €4,50 a slice, minimum 50 people, tasting €25 (deducted), book at least 2 months ahead"),
         "Ignoring the typed question and repeating the choices; the birthday cake price per kg"),
        ("e a noiva e celiaca, ha hipotese?",
         F(8, "gluten-free cakes possible (+15%) but made in the same kitchen with wheat flour, so not recommended for coeliacs"),
         "A plain 'yes, we do gluten-free' without the warning; the wedding entry again"),
        ("tou a falar com uma pessoa ou e um robo?",
         "Small talk: are you a bot? — says honestly it is an automated assistant, offers a person if wanted",
         "Claiming to be a person; a FAQ answer; handing over without being asked"),
    ],
    [  # 3: question with a neighbouring trap, typed rejection, rephrasing, near-trade not offered
        ("mandam alguem pa servir na festa ou e so deixar a comida?",
         F(9, "waiters €18 an hour each, minimum 4 hours; menus include disposable tableware and setting up the table"),
         "The delivery entry (delivery fees); the catering menu prices only"),
        ("nao pa, nao e isso. gente pa servir, empregados",
         TYPE + " Typed rejection + rephrasing: apologise and give " + F(9, "waiters €18/hour, minimum 4 hours") + "; if the bot already gave it, confirm it",
         "Repeating the delivery fees; a handover straight away"),
        ("e pa umas 5 horas quanto e que fica um?",
         F(9, "€18 × 5 hours = €90 per waiter"),
         "The minimum of 4 hours as the price; the catering menu price"),
        ("e pratos quentes tb fazem? tipo bacalhau com natas pa 30",
         NC + " (hot meals are not offered) — says honestly it is not in the FAQ, offers a person",
         "The catering menu as if it included hot dishes; inventing a price"),
    ],
    [  # 4: push-back once, twice, angry request for a person, waiting
        ("e se aquilo vier todo esborrachado, como e?",
         F(10, "if delivered by them: photo within 2 hours to WhatsApp " + WA + ", they make another or refund"),
         "The delivery fees entry; the cancellation entry"),
        ("nao foi isso que perguntei pa. fui eu que o levei no carro e desfez-se numa curva",
         "Push-back (first time): apologise; by the same entry, damage in transport when the customer collects is not covered; offer a person",
         "Pasting the same answer unchanged; promising a new cake for free"),
        ("outra vez a mesma coisa?! quero falar com alguem da loja, ja!",
         "Push-back (second time in a row) + angry request for a person: hand over now",
         "Another FAQ answer; asking to rephrase; no handover"),
        ("estou?? ta ai alguem?",
         WAIT + " " + AFTER + " Waiting: reassure that a person has the chat, no FAQ answer, no invented wait time",
         "A FAQ answer; a new greeting menu; a made-up time"),
    ],
    [  # 5: angry, FAQ covers (two questions), unrelated, callback, how long
        ("ja dei bue voltas ao quarteirao e nada!!! onde e que voces se meteram? e ainda vou a tempo de ir buscar o bolo?",
         B(11, "Rua Pascoal de Melo 84, Arroios, 2 minutes from Arroios metro", 12,
           "orders can be collected until 19h30 (Sundays/holidays until 12h30)") + " — ideally with a short apology",
         "Only an apology or a handover; only one of the two; the delivery entry"),
        ("ja agora sabe se o metro ta em greve hoje?",
         NC + " (unrelated: metro strike) — says it can only help with the pastry shop",
         "Any FAQ entry (e.g. the address with the metro station); inventing strike news"),
        ("liguem-me pf, 912 345 678, e mais facil",
         "Request for a person (callback with a number): hand over / pass the number on, without promising a time",
         "Ignoring the number; a FAQ answer; the shop's WhatsApp number only"),
        ("e demora muito?",
         AFTER + " Waiting: says a person will call/answer as soon as possible, no invented time",
         "An invented time; the order lead-time entry"),
    ],
    [  # 6: cancelling an order, ambiguous yes, person in dialect
        ("o jantar de sabado foi desmarcado, ja nao vou precisar do que pedi. recupero o dinheiro que adiantei?",
         F(13, "up to 48 hours before: the 30% deposit is fully refunded; less than 48 hours: kept as shop credit for 60 days"),
         "Saying the order is cancelled (the bot cannot do it); the payment entry; the complaints entry"),
        ("sim", "Ambiguous yes: ask what they mean or say how to cancel; never claim the order was cancelled",
         "'Your order is cancelled'; a random FAQ entry"),
        ("o pa, passa-me a alguem de carne e osso, se faz favor",
         "Request for a person (direct, Lisbon wording: 'mate, put me through to a flesh-and-blood person'): hand over",
         "A FAQ answer; showing choices"),
    ],
    [  # 7: two questions, follow-up on the second, acknowledgement
        ("passam fatura com contribuinte? e ha cartao de cliente ou assim?",
         B(14, "yes, give the NIF when paying; it cannot be added afterwards", 15,
           "free Cartão Flor: 11th coffee or pastel de nata free, 5% off ordered cakes from the 2nd order"),
         "Only one of the two; the payment methods entry"),
        ("e pro de aniversario tb da?",
         F(15, "yes, 5% off ordered cakes from the 2nd order, not with other promotions"),
         "The birthday cake price entry (€24/kg) without the discount"),
        ("ok, percebido", "Small talk: acknowledgement — short reply", "Repeating the discount answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", faq), write_plan("pt", plan))
