"""es: Tacos Doña Chayo (made up), a taco food truck that also caters events in Guadalajara, Jalisco; customers write
Mexican Spanish (tú forms) with a few Mexican words (órale, chido, padre, lana, ahorita, güey, camión = bus, qué onda, neta)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MENU = "¿Qué tacos tienen y cuánto cuestan?"
Q_DONDE = "¿Dónde se pone el food truck cada día?"
Q_PAQUETES = "¿Cuánto cuesta la taquiza para eventos por persona?"
Q_MINIMO = "¿Cuál es el mínimo de invitados para un evento?"
Q_TRASLADO = "¿Cobran por ir al lugar del evento?"
Q_ANTICIPO = "¿Cuánto es el anticipo para apartar la fecha?"
Q_VEGE = "¿Tienen opciones vegetarianas?"
Q_CANCELAR = "¿Qué pasa si cancelo mi evento?"
Q_INCLUYE = "¿Cuántas horas dura el servicio y qué incluye?"
Q_PAGO = "¿Cómo puedo pagar en el food truck?"
Q_LLEVAR = "¿Hacen pedidos para llevar?"
Q_ESPACIO = "¿Qué necesitan en el lugar del evento?"
Q_FACTURA = "¿Dan factura?"
Q_RESERVA = "¿Con cuánto tiempo tengo que reservar un evento?"
Q_CAMBIO = "¿Puedo cambiar la fecha o el número de invitados?"

FAQ = [
    (Q_MENU,
     "Pastor $22, suadero $22, asada $25, campechano $26 y tripa $28 cada taco, en tortilla de maíz hecha a mano. "
     "Quesabirria $45, orden de 5 tacos de pastor $100 y agua fresca de jamaica u horchata $30 (1 litro). Salsas, "
     "cebollitas y limones sin costo.",
     "menú", ["menú", "precio", "tacos", "pastor", "cuánto cuesta"],
     ["que tacos venden", "a como el taco de pastor", "cuanto sale la orden"]),
    (Q_DONDE,
     "Martes y miércoles: Av. Chapultepec esquina Libertad, colonia Americana, de 19:00 a 00:00. Jueves y viernes: "
     "estacionamiento de la Plaza Patria, puerta 3, de 13:00 a 17:00 y de 19:00 a 23:00. Sábado: tianguis de Av. "
     "Patria, de 10:00 a 16:00. Domingo y lunes descansamos o estamos en eventos. Cambios avisados en Instagram "
     "@tacosdonachayo.",
     "ubicación", ["ubicación", "dónde", "hoy", "horario", "calle"],
     ["donde los encuentro hoy", "en que calle se ponen", "a que hora abren"]),
    (Q_PAQUETES,
     "Paquete Clásico $220 por persona: tacos de pastor y asada sin límite durante el servicio, salsas, cebollitas, "
     "frijoles charros y tortillas hechas a mano. Paquete Fiesta $320 por persona: lo mismo más quesabirria, suadero "
     "y aguas frescas. Niños menores de 10 años pagan la mitad.",
     "eventos", ["taquiza", "paquete", "por persona", "evento", "fiesta"],
     ["cuanto cobran por persona", "precio de la taquiza", "que paquetes tienen para fiestas"]),
    (Q_MINIMO,
     "El mínimo es de 40 invitados de viernes a domingo y de 30 de lunes a jueves. Si son menos, se cobra el mínimo "
     "(por ejemplo 40 × $220 = $8,800 con el Paquete Clásico en sábado).",
     "eventos", ["mínimo", "invitados", "personas", "pocos"],
     ["cuantas personas minimo", "somos pocos, si vienen", "hay minimo de gente"]),
    (Q_TRASLADO,
     "Guadalajara y Zapopan: sin costo. Tlaquepaque, Tonalá y Tlajomulco: $600. Fuera de la zona metropolitana "
     "(Chapala, Tequila, Tapalpa): $15 por km desde la colonia Americana, ida y vuelta, mínimo $1,500.",
     "eventos", ["traslado", "distancia", "zona", "km", "lejos"],
     ["cuanto cobran por ir a tlaquepaque", "llegan hasta chapala", "el traslado tiene costo"]),
    (Q_ANTICIPO,
     "Apartamos la fecha con el 50 % del total por transferencia (CLABE que te mandamos por WhatsApp al 33 1846 2290). "
     "El otro 50 % se paga el día del evento antes de empezar a servir, en efectivo o transferencia. Sin anticipo la "
     "fecha no queda apartada.",
     "eventos", ["anticipo", "apartar", "depósito", "transferencia"],
     ["cuanto dejo para apartar", "como aparto la fecha", "cuanto es de deposito"]),
    (Q_VEGE,
     "Sí: tacos de hongos al pastor, nopales con queso y papa con chorizo de soya, $22 cada uno, en el truck y en los "
     "eventos (en los paquetes cambiamos un guiso por uno vegetariano sin costo). Se preparan en plancha aparte, pero "
     "en la misma cocina, así que no garantizamos nada para alergias.",
     "menú", ["vegetariano", "sin carne", "hongos", "vegano", "nopales"],
     ["tienen algo sin carne", "hay tacos veganos", "opcion vegetariana para eventos"]),
    (Q_CANCELAR,
     "Cancelando con más de 15 días: te regresamos el anticipo menos $500. De 7 a 15 días antes: regresamos la mitad "
     "del anticipo. Con menos de 7 días el anticipo no se regresa. Avisa por WhatsApp al 33 1846 2290.",
     "eventos", ["cancelar", "cancelación", "reembolso", "devolución"],
     ["quiero cancelar mi evento", "me regresan el anticipo", "ya no vamos a hacer la fiesta"]),
    (Q_INCLUYE,
     "El servicio dura 3 horas desde que empezamos a servir. Incluye 2 taqueros y 1 mesero, platos y servilletas "
     "biodegradables y montaje 1 hora antes. Cada hora extra cuesta $1,800 y se paga ese mismo día; el taquero te "
     "pregunta antes de seguir.",
     "eventos", ["horas", "duración", "incluye", "hora extra", "meseros"],
     ["cuanto tiempo se quedan", "que viene en el servicio", "cuanto cuesta la hora extra"]),
    (Q_PAGO,
     "En el truck aceptamos efectivo, tarjeta de débito y crédito (Visa y Mastercard, desde $100) y transferencia. "
     "No aceptamos vales de despensa ni dólares.",
     "pagos", ["pagar", "tarjeta", "efectivo", "transferencia"],
     ["aceptan tarjeta", "puedo pagar con transferencia", "solo efectivo?"]),
    (Q_LLEVAR,
     "Sí, todo el menú es para llevar. Pedidos de 20 tacos o más, por WhatsApp al 33 1846 2290 con 30 minutos de "
     "anticipación. También estamos en Rappi y DiDi Food mientras el truck está abierto. No hacemos reparto propio.",
     "pedidos", ["para llevar", "pedido", "rappi", "domicilio", "encargar"],
     ["puedo encargar tacos", "tienen servicio a domicilio", "pedido grande para llevar"]),
    (Q_ESPACIO,
     "El truck mide 6 × 2.5 m y 2.8 m de alto: necesitamos un lugar plano de 8 × 3 m con acceso sin escalones ni "
     "techos bajos. Llevamos planta de luz y gas propios, no necesitas conectar nada. Si es en interior o jardín sin "
     "acceso, ponemos una barra de taquiza sin truck por el mismo precio.",
     "eventos", ["espacio", "luz", "conexión", "acceso", "medidas"],
     ["cuanto espacio ocupa el truck", "necesitan enchufe", "cabe en mi cochera"]),
    (Q_FACTURA,
     "Sí, damos factura (CFDI 4.0). Los precios ya incluyen IVA. Mándanos RFC, razón social, código postal y régimen "
     "fiscal a facturas@tacosdonachayo.mx dentro del mismo mes de la compra; llega en 72 horas.",
     "pagos", ["factura", "CFDI", "RFC", "IVA"],
     ["me pueden facturar", "necesito factura para la empresa", "incluye iva"]),
    (Q_RESERVA,
     "Pide tu evento con al menos 2 semanas. Diciembre, mayo y septiembre se llenan rápido: ahí recomendamos 1 mes. "
     "Con menos de 2 semanas pregunta por WhatsApp al 33 1846 2290 y te decimos si hay lugar.",
     "eventos", ["reservar", "anticipación", "disponibilidad", "fecha"],
     ["con cuanto tiempo aparto", "tienen fecha libre", "es muy tarde para reservar"]),
    (Q_CAMBIO,
     "El número final de invitados se confirma hasta 5 días antes; después ya no baja (puede subir hasta 10 personas "
     "avisando 2 días antes). La fecha se cambia una vez sin costo avisando 15 días antes, a otra fecha en los siguientes 3 "
     "meses; el anticipo pasa completo a la nueva fecha.",
     "eventos", ["cambiar", "cambio de fecha", "mover", "número de invitados"],
     ["puedo mover mi fiesta", "ya somos mas invitados", "cambiar la fecha del evento"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye/acknowledgement
        ("hola buenas tardes! donde se ponen hoy martes? y tienen algo sin carne? mi novia no come nada de carne y "
         "siempre que vamos a tacos se queda viendo",
         "Small talk greeting + " + both(Q_DONDE, Q_VEGE) + " — Tuesday: Av. Chapultepec corner Libertad, colonia "
         "Americana, 19:00-00:00; vegetarian: mushroom al pastor, nopales with cheese, potato with soy chorizo, $22 "
         "each (separate griddle, same kitchen).",
         "Only one half without pointing to the other; the Thursday/Friday Plaza Patria spot; the Saturday market."),
        ("y se puede con tarjeta o puro efectivo",
         faq(Q_PAGO) + " — cash, debit/credit card (Visa, Mastercard, from $100) and transfer; no food vouchers, no "
         "dollars.",
         "'Only cash'; the event deposit entry because of `tarjeta`/transfer; asking to rephrase."),
        ("ah y si me llevo unos 30 para los de la chamba mañana al mediodia?",
         faq(Q_LLEVAR) + " — yes: orders of 20+ by WhatsApp 33 1846 2290 30 minutes ahead; also Rappi/DiDi Food while "
         "the truck is open. Note: tomorrow is Wednesday, the truck opens only 19:00-00:00, so not at midday — a reply "
         "that points this out is best.",
         "Promising a midday pick-up on Wednesday; the event minimum (30 guests) because of `30`; own delivery."),
        ("orale que padre, muchas gracias! chido, ahi nos vemos en la noche",
         "Small talk: acknowledgement + thanks + goodbye (`órale`, `padre` / `chido` = cool) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, follow-up, bot?
        ("hola una pregunta",
         "Too vague to answer — choices (menu, where the truck is, events...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("es la primera comunion de mi hijo el sabado 16 de enero, seriamos como 25 entre familia y padrinos, si nos "
         "lo hacen o somos muy poquitos?",
         TYPE + faq(Q_MINIMO) + " — Saturday 16 January 2027: minimum 40 guests (Friday-Sunday), with 25 they are "
         "charged for 40 (e.g. 40 x $220 = $8,800 with the Clásico package).",
         "Tapping an earlier choice; 'no, too few' (they can, paying the minimum); the weekday minimum of 30."),
        ("y mas o menos en cuanto sale cada quien? hay unos 6 chiquillos",
         faq(Q_PAQUETES) + " — Clásico $220 / Fiesta $320 per person; children under 10 half price (but the 40-person "
         "minimum still applies to 25 guests).",
         "Taco prices from the truck menu; 'not covered'; full price for children."),
        ("oye estoy escribiendo con alguien de ustedes o es un programa?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("buenas, es sobre una fiesta",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no ninguna de esas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("el salon que rentamos esta en tlajomulco por la carretera a chapala, ustedes salen de guadalajara verdad? me "
         "va a salir mas caro por la vuelta?",
         faq(Q_TRASLADO) + " — Tlajomulco: $600 (Guadalajara and Zapopan free; outside the metro area $15/km, "
         "minimum $1,500).",
         "The Chapala price ($15/km) because of `chapala`; 'free'; the venue-space entry because of `salon`."),
        ("y de una vez no rentan mesas sillas y una carpa? nos falta todo eso y el salon no trae",
         "Not covered by the FAQ (near the trade: renting tables, chairs, a marquee is not offered) — says so honestly, "
         "may offer a person.",
         "Inventing a rental service or price; the venue-space entry as if it covered it; the package entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("queremos hacer la taquiza de la boda civil el 12 de febrero, cuanto hay que dejar para apartarla y con "
         "cuanto tiempo hay que pedirla?",
         both(Q_ANTICIPO, Q_RESERVA) + " — 50 % of the total by transfer to hold the date (rest on the day before "
         "serving); book at least 2 weeks ahead (1 month in December, May, September).",
         "Only one half without pointing to the other; a fixed-peso deposit; saying February is fully booked."),
        ("pero no me dijiste cuanta lana tengo que mandar ahorita, somos 80 con el paquete de 320",
         "Acknowledges the push-back + " + faq(Q_ANTICIPO) + " — 80 x $320 = $25,600, 50 % now = $12,800 by transfer; "
         "the other $12,800 on the day. (`lana` = money, `ahorita` = now.)",
         "Repeating the first answer unchanged; a wrong sum; a handover without answering."),
        ("ya guey no le entiendes a nada, pasame con alguien de verdad que esto es una perdida de tiempo",
         "Push-back (second time in a row) + request for a person (direct, angry; `güey` = mate, mild) — short "
         "apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("bueno?? hay alguien o que",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time. (`bueno` = hello, as on the phone.)",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ME COBRARON 3,600 PESOS MAS EN LA BODA DE MI HERMANA!!! el muchacho nomas dijo que si queriamos que siguiera "
         "y ya, nadie dijo que era aparte, que poca",
         faq(Q_INCLUYE) + " — calm, acknowledges the anger: service is 3 hours from the start of serving, each extra "
         "hour $1,800 paid the same day, the taquero asks before going on ($3,600 = 2 extra hours). Offering a person "
         "as well is fine.",
         "A cold answer ignoring the anger; promising a refund; the cancellation entry; a handover with no explanation."),
        ("otra cosa, que camion me deja en el estadio akron desde el centro? el sabado hay partido",
         "Not covered (unrelated: which bus goes to the Akron stadium; `camión` = bus in Mexico) — says it cannot help "
         "with that, no FAQ answer.",
         "The truck's locations as if `camion` meant the food truck; inventing a bus route."),
        ("de todos modos quiero que me marque el encargado, mi cel es 33 2719 5508, despues de las 6 de la tarde",
         "Hands over / passes on a callback request to 33 2719 5508 after 18:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's WhatsApp; an FAQ answer; asking to rephrase."),
        ("y como en cuanto tiempo me hablan?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 72-hour invoice time; the 2-weeks booking rule; promising an exact time."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("les escribo porque mi suegra se puso muy mala y la reunion del 19 de diciembre ya no va, ya les habia "
         "depositado 4 mil, que pasa con ese dinero?",
         faq(Q_CANCELAR) + " — 19 December is 18 days away (today 1 December), so more than 15 days: the deposit comes "
         "back minus $500 ($3,500); tell them by WhatsApp 33 1846 2290. Does not claim anything is cancelled; a kind "
         "word for the mother-in-law is welcome.",
         "Claiming the event is cancelled; 'deposit is lost'; the 7-15-day half refund; the booking entry."),
        ("sale pues",
         "Ambiguous yes (`sale` = OK) — asks what she wants (cancel and get $3,500 back, or move the date?) or explains "
         "the next step; must not claim anything is cancelled or refunded.",
         "Saying the event is now cancelled or the money sent; a random FAQ entry."),
        ("o mejor la pasamos para finales de enero cuando ya este bien ella, se puede asi sin perder nada?",
         faq(Q_CAMBIO) + " — yes: one date change free with 15 days' notice, to a date within 3 months (late January is "
         "fine), the whole deposit moves to the new date.",
         "The cancellation refund rule; charging a fee; 'not covered'."),
        ("orale pues que onda, pasame ahorita con alguien de ahi, neta no le entiendo a esto",
         "Hands over to a person (`órale`, `qué onda`, `ahorita` = right now, `neta` = honestly) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, follow-up, two questions
        ("buenas noches! que tacos manejan y a como? y dan factura? es para la posada de la empresa",
         "Small talk greeting + " + both(Q_MENU, Q_FACTURA) + " — pastor/suadero $22, asada $25, campechano $26, tripa "
         "$28, quesabirria $45; CFDI invoice, prices include IVA, send RFC etc. to facturas@tacosdonachayo.mx in the "
         "same month, ready in 72 h. Pointing to the event packages is a plus.",
         "Only one half without pointing to the other; adding 16 % IVA on top."),
        ("seria en el estacionamiento de la nave industrial en zapopan por el periferico, hay que tenerles corriente o algo?",
         faq(Q_ESPACIO) + " — no power needed (own generator and gas); flat space 8 x 3 m, no steps or low roofs. "
         "Zapopan: no travel charge (mentioning it is a plus).",
         "'Not covered'; asking for a socket or water; charging travel to Zapopan."),
        ("ah y somos 60 pero unos 8 no comen carne, eso como le hacemos? y si al final llegan mas de 60?",
         both(Q_VEGE, Q_CAMBIO) + " — in the packages one dish is swapped for a vegetarian one at no cost (mushroom al "
         "pastor, nopales, soy chorizo); final count confirmed 5 days before, after that it can rise by up to 10 people.",
         "Only one half without pointing to the other; charging extra for the vegetarian dish; 'no changes after "
         "booking'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
