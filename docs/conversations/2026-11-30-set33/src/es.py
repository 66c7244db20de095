"""es: Itsaso Camper (made up), a camper van rental in Bilbao, customers writing everyday Spain Spanish (`vosotros`)
with a few Basque words as people in Bilbao use them (aupa, agur, bai, eskerrik asko, aita, botxo)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIO = "¿Cuánto cuesta alquilar una camper?"
Q_CARNET = "¿Qué carnet necesito para conducir la camper?"
Q_FIANZA = "¿Hay que dejar fianza?"
Q_SEGURO = "¿Qué cubre el seguro?"
Q_RECOGIDA = "¿A qué hora se recoge y se devuelve la camper?"
Q_EQUIPO = "¿Qué lleva la camper por dentro?"
Q_MASCOTAS = "¿Puedo llevar a mi perro?"
Q_PERNOCTA = "¿Dónde se puede dormir con la camper?"
Q_EXTRANJERO = "¿Puedo salir de España con la camper?"
Q_DEVOLUCION = "¿En qué estado tengo que devolver la camper?"
Q_PAGO = "¿Cómo se paga la reserva?"
Q_CANCELAR = "¿Puedo cancelar o cambiar mi reserva?"
Q_AVERIA = "¿Qué hago si la camper se avería?"
Q_PARKING = "¿Puedo dejar mi coche con vosotros?"
Q_DIRECCION = "¿Dónde estáis y qué horario tiene la oficina?"

FAQ = [
    (Q_PRECIO,
     "Depende de la temporada. Precio por día, IVA incluido: temporada baja (noviembre a marzo) 85 €, media (abril a "
     "junio, septiembre y octubre) 110 €, alta (julio y agosto) 145 €. El alquiler mínimo es de 3 noches, y en agosto "
     "de 7 noches. Van incluidos 250 km por día; cada km de más se paga a 0,25 €.",
     "precios", ["precio", "tarifas", "temporada", "kilómetros", "alquiler por día"],
     ["cuanto cuesta alquilar una furgo", "precio por dia de la camper", "cuantos km van incluidos"]),
    (Q_CARNET,
     "Basta el carnet B con al menos 2 años de antigüedad, y el conductor tiene que tener 23 años o más. Cada conductor "
     "adicional cuesta 10 € por alquiler y tiene que figurar en el contrato (como mucho 2 más). Si tu carnet no es de "
     "la UE, trae también el permiso internacional.",
     "requisitos", ["carnet de conducir", "edad mínima", "conductor adicional", "permiso B"],
     ["que edad hay que tener para alquilar", "vale el carnet de coche", "puede conducir otra persona"]),
    (Q_FIANZA,
     "Sí. Al recoger la camper bloqueamos 900 € en una tarjeta de crédito a nombre del conductor principal; no "
     "aceptamos tarjetas de débito ni efectivo para la fianza. Se desbloquea como mucho 7 días después de devolver la "
     "camper sin daños. Con la franquicia cero la fianza baja a 300 €.",
     "pagos", ["fianza", "depósito", "tarjeta de crédito", "garantía", "bloqueo"],
     ["cuanto es la fianza", "vale tarjeta de debito para la fianza", "cuando me devolveis la fianza"]),
    (Q_SEGURO,
     "Todas las campers llevan seguro a todo riesgo con una franquicia de 900 € y asistencia en carretera 24 horas en "
     "toda Europa. Puedes contratar la franquicia cero por 18 € al día. El seguro no cubre nunca los daños en el techo "
     "elevable por pasar por sitios bajos, los bajos del vehículo ni lo que pase por pistas sin asfaltar.",
     "seguros", ["seguro", "franquicia", "todo riesgo", "daños", "cobertura"],
     ["que pasa si tengo un accidente", "cuanto cuesta la franquicia cero", "que no cubre el seguro"]),
    (Q_RECOGIDA,
     "La recogida es de 16:00 a 19:00 y la devolución de 9:00 a 11:00, de lunes a sábado. Al recogerla te explicamos "
     "la camper durante unos 45 minutos, así que ven con tiempo. Fuera de ese horario se puede recoger hasta las 21:00 "
     "con 30 € de suplemento, avisando con 2 días de antelación. Los domingos no hay recogidas ni devoluciones.",
     "reservas", ["recogida", "devolución", "horario de entrega", "llaves", "fuera de horario"],
     ["a que hora se recoge la camper", "hasta que hora hay que devolverla", "se puede recoger por la noche"]),
    (Q_EQUIPO,
     "Todas tienen 4 plazas con cinturón y 4 para dormir: una cama abajo de 120 x 200 cm y otra de 120 x 200 cm en el "
     "techo elevable. Llevan cocina de 2 fuegos, nevera de 40 litros, depósito de agua de 70 litros, calefacción "
     "estacionaria, toldo, mesa, 4 sillas y menaje de cocina. La ropa de cama y las toallas no van incluidas: el kit "
     "cuesta 25 € por persona.",
     "campers", ["equipamiento", "camas", "plazas", "cocina", "ropa de cama"],
     ["cuantos caben en la camper", "tiene nevera y calefaccion", "hay que llevar sabanas"]),
    (Q_MASCOTAS,
     "Sí, admitimos hasta 2 perros por camper con un suplemento de limpieza de 60 € por alquiler. Te damos una funda "
     "para los asientos; los perros no pueden subirse a las camas ni quedarse solos dentro con calor. Si al devolverla "
     "hay mucho pelo en la tapicería o daños, se cobra aparte la limpieza de tapicería (90 €).",
     "campers", ["perro", "mascotas", "animales", "gato", "suplemento mascota"],
     ["se admiten mascotas", "puedo ir con mi perro", "cuanto cuesta llevar al perro"]),
    (Q_PERNOCTA,
     "Dormir dentro de la camper en un aparcamiento está permitido en la mayoría de sitios, pero acampar (sacar toldo, "
     "mesa, sillas o calzos) solo se puede en campings y áreas de autocaravanas; en muchas playas de Bizkaia y "
     "Cantabria está prohibido pernoctar y las multas llegan a 600 €. Con la reserva te mandamos un mapa con 40 áreas "
     "del norte; la más cercana a nuestra base está a 4 km y cuesta unos 15 € la noche.",
     "viaje", ["pernoctar", "acampada libre", "áreas de autocaravanas", "camping", "multas"],
     ["donde podemos pasar la noche", "se puede hacer acampada libre", "hay areas de autocaravanas"]),
    (Q_EXTRANJERO,
     "Sí. Francia y Portugal están incluidos sin coste. Para el resto de la Unión Europea hay que avisarnos al reservar "
     "y cuesta 90 € por alquiler. No se puede ir a Marruecos, al Reino Unido ni fuera de la UE, y la camper no puede "
     "embarcar en ferris.",
     "viaje", ["extranjero", "Francia", "Portugal", "Europa", "frontera"],
     ["puedo ir a francia con la camper", "se puede viajar a portugal", "podemos ir por europa"]),
    (Q_DEVOLUCION,
     "Con el depósito de gasoil lleno, el WC químico y las aguas grises vaciados y el interior barrido y sin basura. Si "
     "no, cobramos: vaciado del WC 70 €, limpieza interior 90 € y el gasoil que falte a precio de surtidor más 20 € de "
     "servicio. Cada hora de retraso en la devolución son 40 €.",
     "reservas", ["depósito lleno", "vaciar el WC", "limpieza", "aguas grises", "cargos extra"],
     ["hay que devolverla limpia", "tengo que llenar el deposito", "que pasa si no vacio el wc"]),
    (Q_PAGO,
     "Al reservar pagas el 30 % del alquiler y el resto hasta 15 días antes de la recogida; si reservas con menos de 15 "
     "días, se paga todo al reservar. Aceptamos tarjeta, transferencia y Bizum. La fianza va aparte, en tarjeta de "
     "crédito el día de la recogida.",
     "pagos", ["pago", "señal", "Bizum", "transferencia", "plazos"],
     ["como se paga", "hay que pagarlo todo al reservar", "aceptais bizum"]),
    (Q_CANCELAR,
     "Hasta 30 días antes de la recogida te devolvemos todo menos 50 € de gastos de gestión. Entre 30 y 8 días antes no "
     "se devuelve el 30 % pagado, pero puedes pasar la reserva una vez a otras fechas en los 12 meses siguientes "
     "(pagando la diferencia si la temporada es más cara). Con menos de 8 días o si no te presentas, se cobra el "
     "alquiler entero. Escríbenos a reservas@itsasocamper.es o llama al 944 27 63 18.",
     "reservas", ["cancelar", "anular", "cambiar fechas", "devolución del dinero", "aplazar"],
     ["quiero anular mi reserva", "puedo cambiar las fechas", "me devolveis el dinero si cancelo"]),
    (Q_AVERIA,
     "Llama a la asistencia 24 horas, 900 812 377 (gratis, también desde Francia y Portugal), y avísanos por WhatsApp "
     "al 688 41 27 05. La grúa y el taller corren de nuestra cuenta. Si la camper no se puede reparar en 48 horas, te "
     "damos otra o te devolvemos los días que no hayas podido usar. No la lleves a un taller por tu cuenta: solo "
     "pagamos reparaciones de hasta 100 € con factura y autorizadas antes por nosotros.",
     "viaje", ["avería", "asistencia en carretera", "grúa", "taller", "pinchazo"],
     ["que hago si se estropea la furgo", "tenemos un pinchazo", "a quien llamo si hay una averia"]),
    (Q_PARKING,
     "Sí. Mientras tengas la camper, tu coche se queda gratis en nuestro parking vallado y con cámaras (20 plazas, hay "
     "que reservar la plaza con la camper). Si vienes en avión, te recogemos en el aeropuerto de Bilbao por 35 € cada "
     "trayecto.",
     "reservas", ["aparcar el coche", "parking", "dejar el coche", "aeropuerto", "traslado"],
     ["donde dejo mi coche", "teneis parking para clientes", "me recogeis en el aeropuerto"]),
    (Q_DIRECCION,
     "Estamos en la calle Olabeaga Goikoa 21, pabellón 3, Bilbao, a 10 minutos andando del metro San Mamés. La oficina "
     "abre de lunes a viernes de 9:00 a 19:00 y los sábados de 9:00 a 13:00; los domingos está cerrada. Teléfono 944 "
     "27 63 18, WhatsApp 688 41 27 05.",
     "empresa", ["dirección", "oficina", "horario", "teléfono", "cómo llegar"],
     ["donde estais", "a que hora abre la oficina", "como llego desde el metro"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Basque words
        ("hola buenas! queremos alquilar una furgo 5 dias en julio para subir por la costa hasta galicia, cuanto nos "
         "sale? y yo tengo 22 años, la puedo llevar yo?",
         "Small talk greeting + " + both(Q_PRECIO, Q_CARNET) + " — July is high season, 145 € a day (5 days = 725 €; "
         "minimum 3 nights), 250 km a day included, 0,25 € per extra km; the driver must be 23 or older with a B "
         "licence held 2 years, so at 22 she cannot drive; another driver who meets the rules can be added (10 € per "
         "rental).",
         "Only one half without pointing to the other; saying a 22-year-old can drive; the low-season price (85 €); a "
         "handover."),
        ("y en agosto?",
         faq(Q_PRECIO) + " — August is also 145 € a day, but the minimum in August is 7 nights (so 5 days is not "
         "possible).",
         "A different price for August; leaving out the 7-night minimum; asking what she means without trying."),
        ("vale y hay que dejar algo en garantia? yo solo tengo tarjeta de debito",
         faq(Q_FIANZA) + " — 900 € held on a credit card in the main driver's name; debit cards and cash are not "
         "accepted for it; released within 7 days of returning the van undamaged; 300 € with the zero excess.",
         "The booking payment entry (30 %, card/Bizum) as if a debit card were fine; the insurance entry alone; "
         "saying a debit card is accepted."),
        ("ah pues tendre que tirar de la de mi aita jaja. eskerrik asko, agur!",
         "Small talk: acknowledgement + thanks + goodbye (Basque: `aita` = dad, `eskerrik asko` = thank you, `agur` = "
         "bye) — short friendly close. Adding that the card must be in the main driver's name is a welcome extra.",
         "A long FAQ answer instead of a close; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola buenas, una consulta para el viaje de semana santa",
         "Too vague to answer — choices (prices, booking, pets, what the van has...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("vamos con la perra, es una labrador de 30 kilos que suelta pelo a saco, nos la dejais meter?",
         TYPE + faq(Q_MASCOTAS) + " — yes, up to 2 dogs, 60 € cleaning supplement per rental, a cover for the seats; "
         "a lot of hair or damage on the upholstery is charged apart (90 €).",
         "Tapping an earlier choice; the return-condition entry alone because of `pelo`; saying dogs are not allowed; "
         "'not covered'."),
        ("y por la noche puede dormir ahi dentro con nosotros?",
         faq(Q_MASCOTAS) + " — the dog may stay inside but not get up on the beds, and must not be left alone inside "
         "in the heat.",
         "The where-to-sleep entry (areas, fines) because of `dormir`/`noche`; the van's beds; asking what she means."),
        ("oye una cosa, me estas contestando tu o es un programa?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas tardes, os escribo por un tema de mis padres",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("se acaban de jubilar y quieren bajar hasta oporto y luego volver por burdeos, les dejais sacar la furgo del "
         "pais o solo por aqui?",
         faq(Q_EXTRANJERO) + " — yes: Portugal (Oporto) and France (Bordeaux) are included at no cost; the rest of the "
         "EU 90 € per rental if announced when booking; no Morocco, UK or ferries.",
         "Saying they cannot leave Spain; charging the 90 € for France/Portugal; the driving-licence entry (age) "
         "because they are retired; 'not covered'."),
        ("y camperizar haceis? mi padre tiene una transporter del 2016 muerta de risa en el garaje",
         "Not covered by the FAQ (near the trade: converting a van into a camper is not offered; `muerta de risa` = "
         "sitting unused) — says so honestly, offers a person or the phone number.",
         "Inventing a conversion service or a price; the equipment entry as if it answered; buying the van."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, recogemos el viernes 11 y no llegamos hasta las 8 de la tarde porq salimos de currar en gasteiz, hay "
         "problema? y nuestro coche donde lo dejamos esa semana?",
         both(Q_RECOGIDA, Q_PARKING) + " — pick-up is 16:00-19:00 (Mon-Sat); outside those hours until 21:00 with a "
         "30 € supplement, announced 2 days ahead, so 20:00 is possible; the car stays free in the fenced parking "
         "(book the space with the van). `gasteiz` = Vitoria.",
         "Only one half without pointing to the other; saying 20:00 is impossible; the office hours instead of the "
         "pick-up hours; the airport transfer only."),
        ("no me has respondido a lo q te he preguntado. y si nos quedamos tirados en mitad de francia que hacemos?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_AVERIA) + " — call the "
         "24-h assistance 900 812 377 (free from France too) and WhatsApp 688 41 27 05; tow and garage paid by the "
         "company; not repairable in 48 h: another van or the unused days back; no garage on their own (max 100 € "
         "authorised).",
         "Ignoring the complaint and repeating the previous answer; the abroad entry because of `francia`; the "
         "insurance excess alone; a handover without answering."),
        ("esto es de risa, no me entero de nada. quiero hablar con alguien de la oficina ya",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the office address and hours); choices; asking to rephrase again."),
        ("hola?? sigue habiendo alguien? llevo un buen rato esperando",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Basque word), callback with number, waiting (how long)
        ("OS DEJE LA FURGO EL LUNES Y ME HABEIS CLAVADO 70 EUROS POR EL VATER!!! nadie me aviso de nada, esto es un robo",
         faq(Q_DEVOLUCION) + " — calm, acknowledges the anger: the van goes back with the chemical WC and grey water "
         "emptied, full tank and a swept interior; otherwise emptying the WC is 70 €. Offering a person as well is "
         "fine.",
         "A cold answer ignoring the anger; promising the 70 € back; the deposit (fianza) entry; the dog cleaning "
         "supplement; a handover with no explanation."),
        ("oye por cierto, sabes donde ponen los mejores pintxos del botxo?",
         "Not covered (unrelated: the best pintxos bars in Bilbao; `botxo` = Bilbao's nickname, `pintxos` = bar "
         "snacks) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the office address); inventing a bar."),
        ("pues quiero que me llame el encargado, mi movil es el 622 48 19 36, mañana antes de las 12 mejor",
         "Hands over / passes on a callback request to 622 48 19 36, tomorrow before 12:00; no FAQ answer.",
         "Ignoring the number; only giving the office's phone number; an FAQ answer; asking to rephrase."),
        ("y eso para cuando mas o menos?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 7 days for the deposit; the office hours; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes (Basque), follow-up, person with Basque word
        ("teniamos la camper reservada del 12 al 19 de diciembre y ya pagamos el 30 %, pero a mi mujer le han cambiado "
         "las vacaciones en el curro y al final nos quedamos en casa",
         faq(Q_CANCELAR) + " — more than 30 days before pick-up: all back minus 50 €; 30-8 days before: the 30 % is "
         "not returned but the booking can be moved once within 12 months; under 8 days: the full rental; write to "
         "reservas@itsasocamper.es or call 944 27 63 18; does not claim it is done.",
         "Claiming the booking has been cancelled; the payment entry; the pick-up hours; deciding the refund without "
         "stating the rule."),
        ("bai, vale",
         "Ambiguous yes (Basque `bai` = yes) — asks what he means or explains what happens next (e-mail / phone / a "
         "person); must not claim anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry; not understanding `bai`."),
        ("y si lo pasamos a semana santa?",
         faq(Q_CANCELAR) + " — the booking can be moved once to other dates within 12 months (Easter 2027 is within "
         "them), paying the difference if the season is dearer.",
         "Saying they must book and pay again; the price list alone; asking what he means."),
        ("aupa, me estoy liando un monton con todo esto, pasame con alguien de la oficina porfa",
         "Hands over to a person (Basque `aupa` = hey / hi) — short, no FAQ answer.",
         "An FAQ answer (e.g. the office hours only); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenos dias, somos 2 adultos y 2 crios de 6 y 9 años, cabemos todos a dormir en la furgo? y podemos aparcar "
         "en la playa de sopela y pasar alli la noche?",
         "Small talk greeting + " + both(Q_EQUIPO, Q_PERNOCTA) + " — 4 seats with belts and 4 berths (a 120 x 200 bed "
         "below, another in the pop-up roof); sleeping inside a parked van is allowed in most places but camping "
         "(awning, chairs, chocks) only at campsites and motorhome areas; many beaches in Bizkaia forbid overnight "
         "stays, fines up to 600 €; a map of 40 areas comes with the booking.",
         "Only one half without pointing to the other; saying Sopela beach is fine (the FAQ does not say so); "
         "inventing rules for Sopela."),
        ("y si le damos un golpe aparcando, cuanto nos toca pagar?",
         faq(Q_SEGURO) + " — fully comprehensive with a 900 € excess; zero excess for 18 € a day; never covered: the "
         "pop-up roof hit in low places, the underside, unpaved tracks.",
         "The deposit entry alone (900 € held) without the insurance; the breakdown entry; asking what he means."),
        ("y la reserva como se paga, todo de golpe? y donde se recoge la furgo, en el centro?",
         both(Q_PAGO, Q_DIRECCION) + " — 30 % when booking, the rest until 15 days before pick-up; card, transfer, "
         "Bizum; calle Olabeaga Goikoa 21, pabellón 3, Bilbao, 10 min walk from metro San Mamés; office Mon-Fri "
         "9:00-19:00, Sat 9:00-13:00.",
         "Only one half without pointing to the other; the pick-up hours alone; inventing a city-centre office."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
