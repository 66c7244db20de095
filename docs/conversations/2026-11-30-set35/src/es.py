"""es: Escuela de Cocina Fogón del Sur (made up), a cooking school with classes, team events and a small shop in
Montevideo, customers writing everyday Uruguayan Spanish (voseo) with a few Uruguayan words (ta, bo, botija,
championes)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_CLASES = "¿Qué clases tienen y cuánto cuestan?"
Q_HORARIOS = "¿Qué días y a qué hora son las clases?"
Q_INSCRIBIR = "¿Cómo me inscribo a una clase?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_CANCELAR = "¿Puedo cancelar o cambiar mi lugar en una clase?"
Q_LLEVAR = "¿Qué tengo que llevar a la clase?"
Q_ALERGIAS = "¿Qué pasa si tengo alergias, soy celíaco o vegetariano?"
Q_NINOS = "¿Tienen clases para niños?"
Q_EVENTOS = "¿Organizan eventos para empresas y grupos?"
Q_REGALO = "¿Tienen tarjetas de regalo?"
Q_TIENDA = "¿Qué venden en la tienda y hacen envíos?"
Q_UBICACION = "¿Dónde están y dónde se puede estacionar?"
Q_RECLAMO = "¿Qué hago si un producto de la tienda salió fallado?"
Q_NIVEL = "¿Necesito saber cocinar para anotarme?"
Q_COMIDA = "¿Qué pasa con lo que cocinamos en la clase?"

FAQ = [
    (Q_CLASES,
     "Clases sueltas de 3 horas: pastas frescas $ 1.900, parrilla uruguaya $ 2.300, sushi $ 2.400, pastelería y "
     "panes $ 2.100. Cursos de 4 clases (una por semana): cocina básica $ 6.800, pastelería $ 7.400. Los precios "
     "incluyen todos los ingredientes, el delantal y una copa de vino.",
     "clases", ["precio", "clases", "curso", "pastas", "sushi", "parrilla"],
     ["cuanto sale una clase", "que cursos tienen", "precio del curso de cocina basica"]),
    (Q_HORARIOS,
     "Martes a viernes de 19:00 a 22:00 y sábados de 10:30 a 13:30. Cada clase tiene su día fijo: pastas los "
     "martes, sushi los miércoles, cocina italiana los jueves, parrilla los viernes y pastelería los sábados. El "
     "calendario del mes está en www.fogondelsur.com.uy.",
     "clases", ["horario", "días", "calendario", "turno noche"],
     ["a que hora son las clases", "que dias hay clase", "tienen clases de noche"]),
    (Q_INSCRIBIR,
     "Por la web www.fogondelsur.com.uy o por WhatsApp al 099 318 472. El lugar queda reservado al pagar; los grupos "
     "son de 12 personas como máximo, así que te recomendamos anotarte con 1 semana de anticipación. Te llega la "
     "confirmación por mail en el momento.",
     "inscripciones", ["inscripción", "anotarse", "reservar lugar", "cupos"],
     ["como me anoto", "quiero reservar un lugar", "quedan cupos"]),
    (Q_PAGO,
     "Mercado Pago, tarjeta de débito o crédito (hasta 3 cuotas sin recargo en cursos), transferencia al BROU y "
     "efectivo en la escuela. Emitimos factura con RUT si nos la pedís al pagar.",
     "pagos", ["pago", "tarjeta", "transferencia", "Mercado Pago", "factura"],
     ["como se paga", "aceptan tarjeta", "puedo pagar en cuotas"]),
    (Q_CANCELAR,
     "Hasta 72 horas antes de la clase podés cambiar de fecha sin costo o pedir la devolución completa. Entre 72 y 24 "
     "horas antes te damos un crédito por el total para otra clase en los próximos 3 meses. Con menos de 24 horas no "
     "hay devolución, pero podés mandar a otra persona en tu lugar avisándonos su nombre. Avisá al 099 318 472.",
     "inscripciones", ["cancelar", "cambiar fecha", "devolución", "no puedo ir"],
     ["quiero cancelar mi clase", "me pueden devolver la plata", "puedo cambiar de dia"]),
    (Q_LLEVAR,
     "Nada: te damos delantal, utensilios e ingredientes. Vení con calzado cerrado (sin sandalias ni chancletas), el "
     "pelo atado y, si querés llevarte lo que sobra, un táper. Llegá 10 minutos antes.",
     "clases", ["llevar", "delantal", "calzado", "táper"],
     ["hay que llevar algo", "necesito delantal", "que ropa me pongo"]),
    (Q_ALERGIAS,
     "Avisanos al inscribirte o hasta 48 horas antes de la clase y adaptamos la receta: hay opción vegetariana en "
     "todas las clases salvo parrilla. Para celíacos usamos ingredientes sin TACC, pero la cocina no está certificada "
     "libre de gluten, así que no lo recomendamos para celiaquía severa.",
     "clases", ["alergia", "celíaco", "vegetariano", "sin TACC", "intolerancia"],
     ["soy celiaco puedo ir", "tienen opcion vegetariana", "tengo alergia a los frutos secos"]),
    (Q_NINOS,
     "Sí: talleres para niños de 8 a 13 años los sábados de 15:00 a 17:00, $ 1.200 por niño, grupos de 10 como "
     "máximo con 2 profesores. Los menores de 8 pueden venir con un adulto a la clase de pastelería (pagan los dos). "
     "En enero hay colonia de vacaciones de cocina, 5 mañanas por $ 5.500.",
     "clases", ["niños", "chicos", "taller infantil", "colonia", "edad"],
     ["tienen clases para chicos", "desde que edad", "hacen colonia de vacaciones"]),
    (Q_EVENTOS,
     "Sí, cocina en equipo para empresas, cumpleaños y despedidas: de 10 a 24 personas, 3 horas, $ 2.600 por persona "
     "con bebidas incluidas (mínimo 10). Se reserva con 15 días de anticipación y una seña del 30 %; el número final "
     "se confirma 72 horas antes y se cobra por los confirmados. Presupuesto en 48 horas: eventos@fogondelsur.com.uy.",
     "eventos", ["empresas", "team building", "grupos", "cumpleaños", "despedida"],
     ["hacen eventos para empresas", "somos un grupo de 15", "festejar un cumpleaños cocinando"]),
    (Q_REGALO,
     "Sí: tarjeta de regalo digital por el valor de una clase o por el monto que quieras desde $ 1.000. Se compra en "
     "la web o en la escuela, llega por mail en el momento y vale 6 meses desde la compra; se puede usar en clases y "
     "en la tienda. No se cambia por dinero.",
     "regalos", ["tarjeta de regalo", "regalar", "gift card", "vale"],
     ["quiero regalar una clase", "tienen gift card", "venden vales de regalo"]),
    (Q_TIENDA,
     "Cuchillos, ollas y sartenes, especias, delantales y los libros de recetas de la escuela. Abre de lunes a sábado "
     "de 10:00 a 19:00 (domingos cerrado). Envíos en Montevideo en 48 horas por $ 190, gratis desde $ 3.000; al "
     "interior por agencia, a cargo del cliente.",
     "tienda", ["tienda", "cuchillos", "especias", "envío", "horario de la tienda"],
     ["que venden en el local", "hacen envios", "la tienda abre los domingos"]),
    (Q_UBICACION,
     "Estamos en Bvar. España 2431, Punta Carretas, Montevideo. Hay estacionamiento tarifado en la calle hasta las "
     "18:00 (después es libre) y un parking con convenio en Ellauri 890: $ 150 las 3 horas mostrando tu inscripción. "
     "Ómnibus 121, 117 y 186 a 2 cuadras.",
     "empresa", ["dirección", "ubicación", "estacionamiento", "ómnibus"],
     ["donde queda la escuela", "hay donde estacionar", "que omnibus me deja"]),
    (Q_RECLAMO,
     "Mandanos una foto y el número de compra por WhatsApp al 099 318 472 dentro de los 30 días. Si es un defecto de "
     "fábrica te lo cambiamos o te devolvemos el dinero en 5 días hábiles; los cuchillos tienen 1 año de garantía "
     "contra defectos (no cubre golpes ni lavavajillas).",
     "tienda", ["reclamo", "fallado", "roto", "garantía", "cambio"],
     ["el producto vino roto", "quiero hacer un reclamo", "tiene garantia"]),
    (Q_NIVEL,
     "No. Las clases sueltas y el curso de cocina básica son para todos los niveles; el profesor explica desde cómo "
     "agarrar el cuchillo. Solo el curso de pastelería avanzada (4 clases, $ 8.200) pide haber hecho antes el de "
     "pastelería. Grupos de 12 como máximo, de a 2 por mesada.",
     "clases", ["nivel", "principiante", "experiencia", "saber cocinar"],
     ["es para principiantes", "nunca cocine", "que nivel hay que tener"]),
    (Q_COMIDA,
     "Al final de la clase comemos juntos lo que preparamos con una copa de vino (o jugo). Lo que sobra te lo podés "
     "llevar en táper, y 24 horas después te mandamos las recetas por mail en PDF.",
     "clases", ["comer", "llevar comida", "recetas", "degustación"],
     ["se come lo que se cocina", "me dan las recetas", "puedo llevar lo que sobra"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye with Uruguayan words
        ("hola buenas! cuanto sale la de pastas? y a que hora es, yo salgo del trabajo a las 6 y media en el centro",
         "Small talk greeting + " + both(Q_CLASES, Q_HORARIOS) + " — pasta class $ 1.900 (3 h, ingredients, apron "
         "and a glass of wine included); pasta is on Tuesdays 19:00-22:00, so leaving work at 18:30 fits.",
         "Only one half without pointing to the other; the Saturday morning slot for pasta; another class's price."),
        ("y despues lo que hacemos nos lo comemos ahi o q onda",
         faq(Q_COMIDA) + " — eaten together at the end with a glass of wine; leftovers can go home in a tupper; "
         "recipes by e-mail (PDF) 24 h later.",
         "The 'what to bring' entry alone; the prices again; asking what she means."),
        ("y si nunca agarre una olla en mi vida?",
         faq(Q_NIVEL) + " — no experience needed: single classes and basic course are for all levels, the teacher "
         "starts from holding the knife; groups of max 12, 2 per worktop.",
         "The shop (pots for sale) because of `olla`; the allergies entry; 'not covered'."),
        ("ta buenisimo bo, me re sirvio. gracias nos vemos!",
         "Small talk: acknowledgement + thanks + goodbye (`ta` = OK, `bo` = mate/hey) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola queria consultar algo",
         "Too vague to answer — choices (classes, prices, events, shop...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mi botija cumple 10 el sabado 12 y quiere venir con 2 amiguitos de la escuela, los puedo dejar y pasar a "
         "buscarlos o tengo q quedarme",
         TYPE + faq(Q_NINOS) + " — children 8-13: Saturday workshop 15:00-17:00, $ 1.200 each, max 10 with 2 teachers, "
         "so a 10-year-old and friends can be dropped off (only under-8s come with an adult). `botija` = kid.",
         "Tapping an earlier choice; the company/birthday events entry (10 people minimum) because of `cumple`; saying "
         "an adult must stay; not understanding `botija`."),
        ("y van con championes o como?",
         faq(Q_LLEVAR) + " — closed shoes (trainers are fine, no sandals or flip-flops), hair tied; apron, tools and "
         "ingredients provided; a tupper for leftovers; arrive 10 min early. `championes` = trainers.",
         "Saying they must buy an apron; the shop entry; not understanding `championes`."),
        ("para, vos sos una persona o un robot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas tardes, es por lo de mi señora",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada que ver",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("le regale para nuestro aniversario la de italiana del jueves 3 para ir los dos, pero ella no puede comer "
         "nada con harina de trigo y yo hace años que no como carne, vamos a poder comer algo o vamos a mirar?",
         faq(Q_ALERGIAS) + " — tell them now (at least 48 h before: Thursday 3 December means by Tuesday 1 December); "
         "vegetarian option in every class except the barbecue; gluten-free (sin TACC) ingredients used, but the "
         "kitchen is not certified gluten-free, so not advised for severe coeliac disease.",
         "The gift-card entry because of `regale`; promising a certified gluten-free kitchen; the Thursday timetable "
         "alone."),
        ("y ya que estoy, ustedes afilan cuchillos? los de casa no cortan ni un tomate",
         "Not covered by the FAQ (near the trade: knife sharpening is not offered; the shop only sells knives) — says "
         "so honestly, may mention that the shop sells knives, offers a person or the number.",
         "Inventing a sharpening service or price; the knife guarantee (complaint entry) as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, somos 18 de una oficina y queremos hacer algo distinto para fin de año, el jueves 17 de diciembre de "
         "noche, arman eso? y se puede pagar por transferencia con factura a nombre de la empresa?",
         both(Q_EVENTOS, Q_PAGO) + " — yes, team cooking for 10-24 people, 3 h, $ 2.600 per person with drinks; book "
         "15 days ahead (for 17 December: by 2 December) with a 30 % deposit; quote within 48 h at "
         "eventos@fogondelsur.com.uy; BROU transfer accepted, invoice with RUT if asked when paying.",
         "Only one half without pointing to the other; no mention of the 15 days; the single-class prices; saying "
         "transfers are not accepted."),
        ("no me entendiste nada. y si al final se bajan 4 y venimos 14, pagamos igual por 18?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_EVENTOS) + " — the final "
         "number is confirmed 72 h before and only the confirmed people are charged (minimum 10): 14 people pay 14.",
         "Repeating the first answer without the 72-h rule; the class cancellation rule (72 h / credit) instead; a "
         "handover without answering."),
        ("mira, olvidate, asi no vamos a ningun lado. quiero hablar con alguien de la escuela",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the address); choices; asking to rephrase again."),
        ("hola?? hay alguien? hace rato que espero",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the timetable); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("COMPRE UN CUCHILLO DE $ 3.400 EN SU LOCAL HACE 10 DIAS Y SE LE DESARMO EL MANGO CORTANDO UN ZAPALLO!!! una "
         "porqueria, casi me corto la mano",
         faq(Q_RECLAMO) + " — calm, acknowledges the anger (and the near-accident): photo and purchase number by "
         "WhatsApp 099 318 472 within 30 days; factory defect: exchange or refund within 5 working days; knives have "
         "1 year guarantee against defects. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the shop's price list because of `$ 3.400`; the knife-skills / level "
         "entry; a handover with no explanation."),
        ("y de paso sabes a que hora juega peñarol el domingo?",
         "Not covered (unrelated: a football match) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. opening hours); inventing a match time."),
        ("igual quiero que me llame el encargado, mi cel es 098 412 337, de mañana antes de las 12",
         "Hands over / passes on a callback request to 098 412 337 in the morning before 12:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the school's WhatsApp; an FAQ answer; asking to rephrase."),
        ("y mas o menos cuanto demoran?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 5 working days of the refund; the 48 h shipping time; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in Uruguayan words
        ("me anote a la de parrilla del viernes 11 de diciembre, ya pague los 2300 por mercado pago, pero me salio un "
         "viaje de trabajo a porto alegre toda esa semana y no voy a estar",
         faq(Q_CANCELAR) + " — up to 72 h before: free change of date or full refund; 72-24 h: credit for another "
         "class within 3 months; under 24 h: no refund but someone else may go. Friday 11 December is more than 72 h "
         "from the set's date, so a change or full refund is possible; tell 099 318 472. Does not claim it is done.",
         "Claiming the place was cancelled/refunded; the payment entry; the barbecue timetable; deciding without "
         "stating the rule."),
        ("bueno ok",
         "Ambiguous yes — asks what he means (change or refund?) or explains the next step (WhatsApp / a person); "
         "must not claim anything was cancelled or refunded.",
         "Saying the class is now cancelled or the money returned; a random FAQ entry."),
        ("y si va mi hermano en vez de mi?",
         faq(Q_CANCELAR) + " — yes, another person may go in his place; just send the brother's name to 099 318 472.",
         "Saying the brother must sign up and pay again; the children's classes; asking what he means."),
        ("bo me mareaste con tanta cosa, pasame con alguien de ahi que me lo arregle y listo",
         "Hands over to a person (`bo` = hey/mate, `me mareaste` = you confused me) — short, no FAQ answer.",
         "An FAQ answer (e.g. the rule again); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buen dia! quiero regalarle algo de cocina a mi hermana q se recibio, tienen para regalar una clase? y ella "
         "despues como elige el dia?",
         "Small talk greeting + " + both(Q_REGALO, Q_INSCRIBIR) + " — digital gift card for a class or any amount "
         "from $ 1.000, bought on the web or at the school, arrives by e-mail; she then books on the web or WhatsApp "
         "099 318 472 (place held once paid/redeemed, max 12, book a week ahead).",
         "Only one half without pointing to the other; the class timetable alone; inventing a paper voucher only."),
        ("y eso se vence?",
         faq(Q_REGALO) + " — valid 6 months from purchase; usable for classes and the shop; not exchangeable for "
         "money.",
         "The cancellation rule (credit for 3 months) instead; asking what she means."),
        ("ultima, la tiendita abre el domingo? y si voy en auto donde lo dejo?",
         both(Q_TIENDA, Q_UBICACION) + " — shop Monday-Saturday 10:00-19:00, closed on Sundays; Bvar. España 2431, "
         "Punta Carretas; metered street parking until 18:00, partner car park at Ellauri 890 ($ 150 for 3 h with "
         "a booking).",
         "Only one half without pointing to the other; saying the shop opens on Sunday; inventing free parking."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
