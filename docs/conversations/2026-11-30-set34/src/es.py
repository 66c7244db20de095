"""es: Florería Flor de Amancaes (made up), a florist with delivery in Lima, customers writing everyday Peruvian
Spanish (`usted`/`ustedes`) with a few Lima words (pata, chamba, al toque, jato, causa)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIO = "¿Cuánto cuestan los ramos y arreglos?"
Q_DELIVERY = "¿A qué distritos hacen delivery y cuánto cuesta?"
Q_HORA = "¿A qué hora llega mi pedido?"
Q_PEDIDO = "¿Cómo hago un pedido?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_TARJETA = "¿Puedo mandar una tarjeta con dedicatoria?"
Q_FRESCURA = "¿Cuánto duran las flores y cómo las cuido?"
Q_RECLAMO = "¿Qué hago si mi arreglo llegó en mal estado?"
Q_FECHAS = "¿Atienden pedidos para fechas especiales?"
Q_CANCELAR = "¿Puedo anular o cambiar mi pedido?"
Q_TIENDA = "¿Dónde está la tienda y cuál es su horario?"
Q_EVENTOS = "¿Hacen arreglos para bodas, eventos y empresas?"
Q_FUNEBRE = "¿Hacen coronas y arreglos fúnebres?"
Q_EXTRAS = "¿Puedo agregar chocolates, peluches o globos?"
Q_AUSENTE = "¿Qué pasa si la persona no está cuando llega el delivery?"

FAQ = [
    (Q_PRECIO,
     "Precios con IGV: ramo de 12 rosas S/ 89, ramo de 24 rosas S/ 159, ramo de girasoles (6) S/ 75, arreglo en caja "
     "con rosas y lilium S/ 120, orquídea en maceta S/ 139. El delivery se cobra aparte según el distrito.",
     "precios", ["precio", "ramo", "rosas", "girasoles", "catálogo"],
     ["cuanto cuesta un ramo de rosas", "precios de los arreglos", "tienen catalogo con precios"]),
    (Q_DELIVERY,
     "Miraflores, San Isidro, Barranco y Surquillo: S/ 10. Surco, San Borja, Lince, Jesús María y Magdalena: S/ 15. "
     "La Molina, San Miguel y Chorrillos: S/ 20. No llegamos al Callao, Lima norte ni Lima este (salvo La Molina). "
     "Pedidos desde S/ 250 tienen delivery gratis en todos nuestros distritos.",
     "delivery", ["delivery", "distritos", "envío", "costo de envío", "zona de reparto"],
     ["llegan a surco", "cuanto cobran por el envio", "hacen delivery a mi distrito"]),
    (Q_HORA,
     "Pedidos confirmados antes de las 11:00 salen el mismo día. Repartimos en dos turnos: mañana de 9:00 a 13:00 y "
     "tarde de 14:00 a 19:00. Si necesitas una hora exacta, te damos un rango de 1 hora desde las 8:00 por S/ 15 "
     "adicionales. Te mandamos una foto cuando se entrega.",
     "delivery", ["hora de entrega", "turno", "mismo día", "hora exacta", "demora"],
     ["a que hora llega el ramo", "entregan el mismo dia", "pueden llevarlo a una hora exacta"]),
    (Q_PEDIDO,
     "Por la web www.floramancaes.pe o por WhatsApp al 987 412 630: eliges el arreglo, el distrito, la fecha y el "
     "turno, y nos pasas nombre, dirección y celular de quien recibe. Tomamos pedidos con hasta 30 días de anticipación.",
     "pedidos", ["hacer un pedido", "comprar", "web", "WhatsApp", "encargar"],
     ["como hago el pedido", "puedo pedir por whatsapp", "con cuanta anticipacion se pide"]),
    (Q_PAGO,
     "Yape y Plin al 987 412 630, transferencia BCP o Interbank, y tarjeta de crédito o débito en la web. En tienda "
     "también efectivo. No hay pago contra entrega: el pedido sale cuando el pago está confirmado. Boleta o factura "
     "con RUC si la pides al pagar.",
     "pagos", ["pago", "Yape", "Plin", "transferencia", "factura"],
     ["aceptan yape", "se puede pagar contra entrega", "me dan factura"]),
    (Q_TARJETA,
     "Sí, la tarjeta con tu mensaje es gratis (hasta 200 caracteres) y la escribimos a mano. Si quieres, puede ir sin "
     "tu nombre (anónima); el repartidor no dice quién la manda.",
     "pedidos", ["tarjeta", "dedicatoria", "mensaje", "anónimo"],
     ["puedo poner un mensaje", "la tarjeta tiene costo", "se puede mandar anonimo"]),
    (Q_FRESCURA,
     "Las rosas duran de 5 a 7 días y los girasoles y lilium hasta 8. Cambia el agua cada 2 días, corta 2 cm del tallo "
     "en diagonal y no las pongas al sol ni cerca de la fruta. Si un arreglo se marchita en las primeras 48 horas, lo "
     "cambiamos.",
     "cuidado", ["duración", "cuidado", "agua", "marchitar", "frescura"],
     ["cuanto duran las rosas", "como cuido las flores", "se marchitan rapido"]),
    (Q_RECLAMO,
     "Mándanos una foto por WhatsApp al 987 412 630 en las 24 horas siguientes a la entrega. Si el arreglo llegó dañado "
     "o distinto a lo pedido, lo reponemos el mismo día (o al día siguiente si escribes después de las 15:00) o te "
     "devolvemos el dinero por Yape o transferencia en 48 horas.",
     "reclamos", ["reclamo", "dañado", "mal estado", "reposición", "devolución"],
     ["el ramo llego maltratado", "no es lo que pedi", "quiero hacer un reclamo"]),
    (Q_FECHAS,
     "Sí. Para San Valentín, Día de la Madre y Navidad los pedidos se hacen con 3 días de anticipación como mínimo y "
     "los precios suben un 20 %. El 14 de febrero y el día de la madre no damos hora exacta, solo turno. Para Navidad "
     "tenemos arreglos con pino y flor de Pascua desde S/ 95, a pedido hasta el 22 de diciembre.",
     "pedidos", ["San Valentín", "Día de la Madre", "Navidad", "fechas especiales", "temporada"],
     ["pedidos para san valentin", "tienen arreglos navideños", "suben los precios en fechas especiales"]),
    (Q_CANCELAR,
     "Hasta 24 horas antes de la entrega puedes anular con devolución completa o cambiar la fecha, el arreglo o la "
     "dirección sin costo. Con menos de 24 horas te devolvemos el 50 %; el mismo día, con el arreglo ya preparado, no "
     "hay devolución, pero puedes cambiar la dirección dentro de nuestros distritos. Escríbenos al 987 412 630.",
     "pedidos", ["anular", "cancelar", "cambiar fecha", "devolución", "reembolso"],
     ["quiero anular mi pedido", "puedo cambiar la fecha de entrega", "me devuelven la plata si cancelo"]),
    (Q_TIENDA,
     "Estamos en la Av. Mariscal La Mar 1527, Miraflores (a 2 cuadras del parque Tradiciones). Lunes a sábado de 8:00 "
     "a 20:00 y domingos de 9:00 a 14:00. Recoger en tienda no tiene costo; tu pedido está listo 2 horas después de "
     "confirmarlo. Teléfono fijo 01 445 2719.",
     "empresa", ["dirección", "tienda", "horario", "recojo en tienda", "teléfono"],
     ["donde queda la tienda", "a que hora abren", "puedo recoger en tienda"]),
    (Q_EVENTOS,
     "Sí: bodas, bautizos, recepciones y oficinas. Desde 10 arreglos iguales hay 10 % de descuento; pídelo con 7 días "
     "de anticipación como mínimo. La visita al local para ver el espacio es gratis en nuestros distritos. A empresas "
     "les emitimos factura con RUC y les damos crédito de 15 días desde el segundo pedido.",
     "eventos", ["bodas", "eventos", "empresas", "decoración", "centros de mesa"],
     ["decoran matrimonios", "arreglos para la oficina", "hacen centros de mesa"]),
    (Q_FUNEBRE,
     "Sí. Coronas desde S/ 180, lágrimas y cruces desde S/ 150 y arreglos de pie desde S/ 220, con cinta impresa gratis. "
     "Entregamos en velatorios, iglesias y cementerios de Lima todos los días, domingos incluidos; si pides antes de "
     "las 14:00, llega el mismo día. El delivery se cobra según el distrito.",
     "arreglos", ["corona", "fúnebre", "velorio", "condolencias", "cementerio"],
     ["necesito una corona", "envian flores a un velorio", "arreglos de condolencias"]),
    (Q_EXTRAS,
     "Sí, se agregan al mismo pedido: caja de chocolates S/ 25, peluche mediano S/ 35, globo metalizado S/ 18 y botella "
     "de vino tinto S/ 45. Todo va en el mismo delivery, sin costo de envío extra.",
     "pedidos", ["chocolates", "peluche", "globo", "vino", "complementos"],
     ["puedo agregar chocolates", "venden peluches", "tienen globos"]),
    (Q_AUSENTE,
     "El repartidor llama a quien recibe. Si no contesta, lo dejamos con el portero, un familiar o un vecino, siempre "
     "que nos autorices, y te mandamos la foto. Si no se puede dejar con nadie, el arreglo vuelve a la tienda y el "
     "segundo intento cuesta S/ 10 (el mismo día o el siguiente).",
     "delivery", ["no está", "ausente", "portero", "segundo intento", "nadie en casa"],
     ["y si no hay nadie", "lo pueden dejar con el portero", "que pasa si no contesta"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Lima words
        ("hola buenas tardes, cuanto esta el ramo de 24 rosas? y llegan hasta surco? es para mi enamorada",
         "Small talk greeting + " + both(Q_PRECIO, Q_DELIVERY) + " — 24 roses S/ 159; Surco is in the S/ 15 zone "
         "(free delivery only from S/ 250).",
         "Only one half without pointing to the other; the 12-rose price (S/ 89) for 24; a wrong delivery fee; "
         "a handover."),
        ("y a la molina?",
         faq(Q_DELIVERY) + " — La Molina: S/ 20 (the only Lima-east district served).",
         "Saying La Molina is not served (it is the exception); asking what he means without trying."),
        ("ya y si ella no esta en su jato cuando llegan",
         faq(Q_AUSENTE) + " — the rider calls her; if she does not answer, it is left with the doorman, a relative or "
         "a neighbour if he authorises it, with a photo; otherwise it goes back and a second try is S/ 10. `jato` = "
         "home (Lima slang).",
         "The delivery-time entry alone; the fees by district; not understanding `jato`."),
        ("ya pata, al toque le digo al portero entonces. gracias, chau",
         "Small talk: acknowledgement + thanks + goodbye (`pata` = mate, `al toque` = right away) — short friendly "
         "close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola una consulta sobre un pedido",
         "Too vague to answer — choices (prices, delivery, ordering, payment...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mi flaca cumple el jueves 3 y entra a chambear a las 9 en su oficina de san isidro, quiero q lo tenga en su "
         "escritorio antes de eso, se puede?",
         TYPE + faq(Q_HORA) + " — the morning round is 9:00-13:00, so not guaranteed before 9; an exact 1-hour window "
         "from 8:00 costs S/ 15 more (8:00-9:00 fits); the order must be confirmed (paid) in time.",
         "Tapping an earlier choice; promising before 9 in the normal round at no cost; the special-dates entry "
         "because of the birthday; 'not covered'."),
        ("y con una notita q no diga de quien es?",
         faq(Q_TARJETA) + " — yes: the card is free (up to 200 characters, handwritten) and can go anonymous; the "
         "rider does not say who sent it.",
         "Charging for the card; the extras entry (chocolates...); asking what he means."),
        ("oye tu eres una persona o un bot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas noches, le escribo por lo de mi mama",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("mi tia fallecio anoche y la estan velando en la parroquia de surquillo hasta mañana, quisiera mandar algo de "
         "parte de la familia hoy mismo, llegan alla?",
         faq(Q_FUNEBRE) + " — yes: wreaths from S/ 180 (crosses from S/ 150, standing pieces from S/ 220) with a free "
         "printed ribbon; delivered to wakes every day; ordered before 14:00 it arrives the same day; Surquillo "
         "delivery S/ 10. Condolences are welcome.",
         "A cold answer; only the delivery zones; saying same day is always possible whatever the hour; 'not "
         "covered'."),
        ("y de paso ustedes hacen jardineria? el jardin de su casa esta abandonado y queremos dejarlo bonito",
         "Not covered by the FAQ (near the trade: a gardening service is not offered) — says so honestly, offers a "
         "person or the phone number.",
         "Inventing a gardening service or a price; the flower-care entry as if it answered; the potted orchid."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, mi prima se casa el sabado 19 de diciembre y necesitamos 15 centros de mesa para la recepcion en "
         "barranco, hacen eso? y se puede pagar con plin?",
         both(Q_EVENTOS, Q_PAGO) + " — yes, weddings; 15 identical pieces get 10 % off; at least 7 days ahead (19 "
         "December is fine if ordered by the 12th); free visit of the venue (Barranco is served); Plin accepted "
         "(987 412 630), also Yape, transfer, card; no cash on delivery.",
         "Only one half without pointing to the other; no mention of the 10 % or the 7 days; saying Plin is not "
         "accepted; a price per piece invented."),
        ("no me estas entendiendo nada. y si el dia de la boda llegan feos o aplastados que hacemos?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_RECLAMO) + " — photo by "
         "WhatsApp within 24 h; replaced the same day (next day if after 15:00) or money back in 48 h.",
         "Ignoring the complaint and repeating the previous answer; the flower-care entry alone; a handover without "
         "answering."),
        ("ya fue, asi no se puede. paseme con una persona de la tienda por favor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the shop's address and hours); choices; asking to rephrase again."),
        ("hola?? hay alguien ahi? ya van varios minutos",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number (chamba), waiting (how long)
        ("PAGUE 89 SOLES POR 12 ROSAS PARA MI ESPOSA Y LLEGARON 3 NEGRAS Y LA CAJA TODA CHANCADA!!! que verguenza, "
         "me hicieron quedar pesimo",
         faq(Q_RECLAMO) + " — calm, acknowledges the anger: send a photo by WhatsApp 987 412 630 within 24 h of the "
         "delivery; replaced the same day (or next day after 15:00) or money back by Yape/transfer in 48 h. Offering a "
         "person as well is fine.",
         "A cold answer ignoring the anger; the flower-care tips; the price list because of `89 soles`; a handover "
         "with no explanation."),
        ("oye y de paso sabes donde hay un buen ceviche por miraflores? para llevarla a almorzar y que se le pase",
         "Not covered (unrelated: a ceviche restaurant) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the shop's address in Miraflores); inventing a restaurant."),
        ("igual quiero que me llame el encargado, mi cel es 951 203 447, despues de las 6 porque estoy en la chamba",
         "Hands over / passes on a callback request to 951 203 447 after 18:00 (`chamba` = work); no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("y mas o menos en cuanto tiempo?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48 h for the refund; the delivery rounds; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in Lima slang
        ("pedi un arreglo de girasoles para el sabado 5 para el cumple de mi suegra, ya lo pague por yape, pero se fue "
         "de viaje al cusco de un dia para otro y ya no va a haber reunion",
         faq(Q_CANCELAR) + " — up to 24 h before delivery: full refund or a free change of date/arrangement/address; "
         "less than 24 h: 50 % back; same day once prepared: no refund. Saturday 5 December is more than 24 h away "
         "from the set's date, so a full refund or a change is possible; write to 987 412 630; does not claim it is "
         "done.",
         "Claiming the order has been cancelled; the payment entry; the delivery when the person is away; deciding "
         "the refund without stating the rule."),
        ("ya ok",
         "Ambiguous yes — asks what she means or explains what happens next (WhatsApp / a person); must not claim "
         "anything was cancelled or refunded.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("y si mejor se lo mandamos cuando regrese, el 20?",
         faq(Q_CANCELAR) + " — moving the date is free up to 24 h before delivery; write to 987 412 630.",
         "Saying she must order and pay again; the special-dates (Christmas) entry because of December; asking what "
         "she means."),
        ("oe causa me estoy haciendo bolas con todo esto, pasame con alguien de la tienda al toque",
         "Hands over to a person (`causa` = mate, `hacerse bolas` = get confused, `al toque` = right now) — short, no "
         "FAQ answer.",
         "An FAQ answer (e.g. the shop's phone); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenos dias, al ramo de 12 rosas le puedo poner unos chocolates? y el domingo hasta que hora estan para "
         "recogerlo yo misma?",
         "Small talk greeting + " + both(Q_EXTRAS, Q_TIENDA) + " — chocolates S/ 25 added to the order; Sunday "
         "9:00-14:00 at Av. Mariscal La Mar 1527, Miraflores; pick-up free, ready 2 h after confirming.",
         "Only one half without pointing to the other; the weekday hours (8:00-20:00) for Sunday; charging delivery "
         "for a pick-up."),
        ("y si les cambio diario lo del jarron, cuanto me aguantan?",
         faq(Q_FRESCURA) + " — roses 5-7 days; change the water every 2 days, cut 2 cm diagonally, no sun, away from "
         "fruit; replaced if wilted within 48 h.",
         "The complaint entry alone; promising weeks; asking what she means."),
        ("otra cosa, para navidad tienen algo? y eso se pide por whatsapp o como?",
         both(Q_FECHAS, Q_PEDIDO) + " — Christmas arrangements with pine and poinsettia from S/ 95, ordered at least 3 "
         "days ahead and until 22 December, prices +20 % on special dates; order on www.floramancaes.pe or WhatsApp "
         "987 412 630 (up to 30 days ahead).",
         "Only one half without pointing to the other; inventing Christmas products; the payment entry alone."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
