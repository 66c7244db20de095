"""es: Autobuses Xana (made up), intercity bus company in Asturias (base: Oviedo), plain everyday Spain Spanish."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_COMPRA = "¿Dónde y cómo compro el billete?"
Q_HORARIOS = "¿Dónde consulto los horarios?"
Q_EQUIPAJE = "¿Cuánto equipaje puedo llevar?"
Q_BICI = "¿Puedo llevar la bicicleta en el autobús?"
Q_MASCOTAS = "¿Puedo viajar con mi perro o mi gato?"
Q_NINOS = "¿Cuánto pagan los niños?"
Q_CAMBIO = "¿Puedo cambiar la fecha o la hora de mi billete?"
Q_ANULAR = "¿Cómo anulo un billete y cuánto me devuelven?"
Q_OBJETOS = "¿Qué hago si me he dejado algo en el autobús?"
Q_ACCESIBLE = "¿Están los autobuses adaptados para personas con movilidad reducida?"
Q_ESTUDIANTES = "¿Hay descuento para estudiantes y jóvenes?"
Q_ABONOS = "¿Qué bonos y abonos tienen?"
Q_RETRASOS = "¿Qué pasa si el autobús sale con retraso o no sale?"
Q_AEROPUERTO = "¿Tienen autobús al aeropuerto de Asturias?"
Q_ESTACIONES = "¿Dónde están sus taquillas y qué horario tienen?"

FAQ = [
    (Q_COMPRA,
     "Puede comprarlo en nuestra web y en la app Xana (un 5 % más barato que en taquilla), en las taquillas de las "
     "estaciones de Oviedo, Gijón y Avilés o al subir al autobús si quedan plazas (efectivo o tarjeta). Con la compra "
     "en web o app le llega el billete al móvil con un código QR que enseña al conductor.",
     "billetes", ["comprar billete", "app", "web", "código QR", "pagar en el autobús"],
     ["se puede sacar el billete en el mismo bus", "donde saco los billetes", "compro por internet"]),
    (Q_HORARIOS,
     "Todos los horarios están en la web y en la app, y en el 985 21 47 60 (de 7:00 a 21:00). Oviedo-Gijón: de lunes a "
     "viernes cada 30 minutos de 6:45 a 22:15; sábados, domingos y festivos cada hora de 8:00 a 22:00. En verano (del 15 "
     "de junio al 15 de septiembre) hay más servicios a la costa oriental (Ribadesella, Llanes).",
     "horarios", ["horario", "salidas", "frecuencia", "a qué hora sale", "festivos"],
     ["a que hora sale el primero", "cada cuanto pasa el bus", "hay autobuses los domingos"]),
    (Q_EQUIPAJE,
     "Cada viajero lleva gratis 2 maletas en la bodega (hasta 30 kg en total) y 1 bulto de mano que quepa en la "
     "bandeja o bajo el asiento. Cada maleta de más cuesta 3 €, si hay sitio. Ponga una etiqueta con su nombre y su "
     "teléfono.",
     "equipaje", ["equipaje", "maletas", "bodega", "kilos", "bulto de mano"],
     ["cuantas maletas se pueden llevar", "hay limite de peso", "se paga por la maleta"]),
    (Q_BICI,
     "Sí, en la bodega y según el espacio libre: 5 € por trayecto, como máximo 2 bicicletas por autobús, y conviene "
     "reservarla al comprar el billete. Las bicis plegables, dentro de su funda, viajan gratis como equipaje. Las "
     "bicicletas eléctricas, solo con la batería desmontada.",
     "equipaje", ["bicicleta", "bici", "plegable", "bodega"],
     ["puedo subir con la bici", "cuanto cuesta llevar una bicicleta"]),
    (Q_MASCOTAS,
     "Perros y gatos de hasta 8 kg viajan en transportín cerrado sobre sus rodillas; pagan 3 € por trayecto y solo se "
     "admite 1 animal por autobús, así que avise al comprar. Los perros más grandes no pueden viajar. Los perros guía y "
     "de asistencia viajan siempre gratis.",
     "mascotas", ["mascota", "perro", "gato", "transportín", "animales"],
     ["se admiten animales", "mi perro puede subir al bus", "cuanto paga un gato"]),
    (Q_NINOS,
     "Los menores de 4 años viajan gratis sin ocupar asiento (1 por adulto). De 4 a 11 años pagan la mitad del billete. "
     "A partir de 12 años pagan billete normal. Los menores de 14 años no pueden viajar solos; de 14 a 17 pueden hacerlo "
     "con una autorización firmada por el padre, la madre o el tutor.",
     "tarifas", ["niños", "menores", "bebé", "tarifa infantil", "viajar solo"],
     ["cuanto paga un crio", "los bebes pagan", "puede ir mi hijo solo en el bus"]),
    (Q_CAMBIO,
     "Sí, hasta 1 hora antes de la salida, en la web, en la app o en taquilla. El primer cambio es gratis y los "
     "siguientes cuestan 1 € cada uno. Si el nuevo billete es más caro paga la diferencia; si es más barato no se "
     "devuelve la diferencia.",
     "cambios", ["cambio", "cambiar fecha", "modificar", "otro día"],
     ["puedo ir otro dia con el mismo billete", "quiero pasar el billete a otra hora"]),
    (Q_ANULAR,
     "Puede anularlo hasta 2 horas antes de la salida en la web, la app o en taquilla: le devolvemos el 90 % del precio "
     "(mínimo 1 € de gastos) en la misma tarjeta o forma de pago, en unos 7 días. Con menos de 2 horas o si no se "
     "presenta, no hay devolución. Los bonos y abonos no se devuelven.",
     "cambios", ["anular", "cancelar", "devolución", "reembolso", "no puedo viajar"],
     ["quiero cancelar un billete", "me devolveis el dinero del billete", "como pido el reembolso"]),
    (Q_OBJETOS,
     "Llame al 985 21 47 60 o rellene el formulario de objetos perdidos de la web indicando línea, día y hora. Lo que se "
     "encuentra en los autobuses se lleva a la oficina de objetos perdidos de la estación de Oviedo (de lunes a viernes "
     "de 9:00 a 14:00) y se guarda 30 días. Para recogerlo hay que traer el DNI.",
     "objetos perdidos", ["objetos perdidos", "olvidado", "perdido", "dejado"],
     ["me olvide el movil en el bus", "perdi una bolsa en el autobus"]),
    (Q_ACCESIBLE,
     "El 85 % de nuestra flota tiene rampa o plataforma y un espacio para silla de ruedas. Para asegurarle un autobús "
     "adaptado, avísenos con 24 horas de antelación en el 985 21 47 60. Con una discapacidad del 65 % o más, su "
     "acompañante viaja gratis presentando el certificado.",
     "accesibilidad", ["silla de ruedas", "movilidad reducida", "rampa", "discapacidad", "acompañante"],
     ["hay rampa para sillas", "el acompañante de una persona con discapacidad paga"]),
    (Q_ESTUDIANTES,
     "Con carné de estudiante o Carné Joven (hasta 30 años) tiene un 20 % de descuento en billetes sencillos y de ida y "
     "vuelta. Además hay un abono mensual estudiante de 30 € entre Oviedo, Gijón y Avilés, de septiembre a junio.",
     "tarifas", ["estudiante", "carné joven", "universidad", "descuento joven"],
     ["tengo descuento si estudio", "hay precio para universitarios"]),
    (Q_ABONOS,
     "Tenemos el bono de 10 viajes (un 20 % más barato que 10 billetes sueltos, válido 3 meses) y el abono mensual de "
     "viajes ilimitados en un trayecto (Oviedo-Gijón 48 €). Van cargados en la Tarjeta Xana personal, que se saca gratis "
     "en taquilla con una foto. Si la pierde o se la roban, el duplicado cuesta 5 € y conserva el saldo y el abono que "
     "tenía.",
     "bonos", ["bono", "abono mensual", "tarjeta Xana", "10 viajes", "duplicado"],
     ["teneis abono para ir todos los dias", "cuanto cuesta el bono de 10"]),
    (Q_RETRASOS,
     "Si el autobús no sale o sale con más de 60 minutos de retraso, le ofrecemos el siguiente autobús sin coste o la "
     "devolución del 100 % del billete. No respondemos de enlaces con trenes, aviones u otras compañías. Puede poner una "
     "reclamación en la web o pedir la hoja de reclamaciones en taquilla en un plazo de 3 meses; contestamos en 10 días "
     "hábiles.",
     "incidencias", ["retraso", "cancelación del servicio", "reclamación", "hoja de reclamaciones", "indemnización"],
     ["el autobus llego con una hora de retraso", "quiero poner una reclamacion"]),
    (Q_AEROPUERTO,
     "Sí: la línea del aeropuerto sale cada hora desde las estaciones de Oviedo, Gijón y Avilés, de 5:30 a 22:30, y "
     "tarda unos 45 minutos desde Oviedo y Gijón. El billete cuesta 9 € (8,55 € en la app). Sale de la dársena 1 de cada "
     "estación.",
     "líneas", ["aeropuerto", "Santiago del Monte", "avión", "vuelo"],
     ["como llego al aeropuerto", "cuanto cuesta el bus del aeropuerto"]),
    (Q_ESTACIONES,
     "Taquillas en la estación de Oviedo (calle Fuente la Braña 23) de 6:30 a 22:00 todos los días; en Gijón y Avilés de "
     "lunes a sábado de 7:00 a 21:00 y domingos de 9:00 a 21:00. En el resto de pueblos el billete se compra en la web, "
     "la app o en el autobús.",
     "estaciones", ["taquilla", "estación", "oficina", "horario de taquilla"],
     ["a que hora abre la taquilla", "donde esta la estacion de Oviedo"]),
]

PLAN = [
    [  # 1 timetable + buying, child fare, ticket office hours, thanks/bye
        ("hola buenos dias, que horarios teneis de oviedo a gijon los sabados? y el billete donde se saca",
         "Small talk greeting + " + both(Q_HORARIOS, Q_COMPRA) + " — Saturdays every hour 8:00-22:00; web/app (5 % cheaper, QR on the phone), ticket offices in Oviedo, Gijón, Avilés, or on the bus if seats are left.",
         "Only one half without pointing to the other; the weekday timetable given as Saturday's; a handover."),
        ("y pal guaje que tiene 6 años?",
         faq(Q_NINOS) + " — ages 4-11 pay half. (`guaje` = kid in Asturias.)",
         "Not understanding and asking to rephrase without trying; the student discount entry; 'free' (that is under 4)."),
        ("vale y en la estacion de gijon a que hora abren para comprarlo alli",
         faq(Q_ESTACIONES) + " — Gijón Mon-Sat 7:00-21:00, Sundays 9:00-21:00.",
         "The bus timetable (Oviedo-Gijón departures) instead of the ticket office hours; 'not covered'."),
        ("genial, muchas gracias. hasta luego!",
         "Small talk: thanks + goodbye (acknowledgement) — short friendly close.",
         "An FAQ answer; choices; a handover."),
    ],
    [  # 2 vague, date change typed while choices show, cost of it, bot?
        ("una consulta sobre un billete",
         "Too vague to answer — choices (buying, changing, cancelling, fares) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("compre ida para el viernes a llanes pero me viene mejor el domingo por la tarde, se puede?",
         TYPE + faq(Q_CAMBIO) + " — yes, up to 1 hour before departure, on the web, app or at the office; first change free, difference in price paid if dearer.",
         "Tapping an earlier choice; the cancellation entry (losing 10 %); the timetable entry alone; 'not covered'."),
        ("tiene algun coste?",
         faq(Q_CAMBIO) + " — the first change is free (next ones 1 €); a dearer ticket means paying the difference.",
         "The cancellation fees (10 %); the ticket price list; asking what she means."),
        ("esto me lo contesta un robot o una persona?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague problem, typed rejection, lost jacket, parcels (near-trade)
        ("tengo un problema con el bus de ayer",
         "Too vague to answer — choices (delays/complaints, lost property, refunds) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("no, nada que ver",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("me baje en cangas de onis y la chaqueta se quedo en el asiento, con las llaves de casa dentro",
         faq(Q_OBJETOS) + " — call 985 21 47 60 or the web form (line, day, time); found items go to the Oviedo station office (Mon-Fri 9:00-14:00), kept 30 days, bring the DNI.",
         "The delay/complaint entry; the ticket-office hours alone; a handover without the steps."),
        ("y vosotros llevais paquetes? tengo que mandarle una caja a mi madre a luarca",
         "Not covered by the FAQ (near the trade: sending parcels by bus is not in the FAQ) — says so honestly, offers a person or the phone number.",
         "Inventing a parcel service or a price; the luggage entry as if it answered (that is for travellers); the lost-property entry."),
    ],
    [  # 4 wheelchair + small dog, push-back + missed train, push-back twice + person, waiting
        ("voy en silla de ruedas y el sabado quiero ir de oviedo a ribadesella, el bus esta preparado? y puedo llevar a mi perrina que es pequeña?",
         both(Q_ACCESIBLE, Q_MASCOTAS) + " — 85 % of buses have a ramp and a wheelchair space, call 985 21 47 60 24 h ahead to be sure of one; dogs up to 8 kg in a closed carrier on the lap, 3 €, 1 animal per bus, say so when buying.",
         "Only one half without pointing to the other; saying dogs are not allowed; the timetable entry."),
        ("eso ya lo se, no es lo que te pregunte. si el bus llega tarde y pierdo el tren en ribadesella quien me lo paga?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_RETRASOS) + " — over 60 min late: next bus free or 100 % of the ticket back; connections with trains are not covered; complaint within 3 months.",
         "Ignoring the complaint and repeating the previous answer; promising to pay for the train; the change-of-date entry; a handover without answering."),
        ("que no me entiendes!! quiero hablar con alguien de la empresa ya",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("bueno que, me contesta alguien o no",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5 angry about the stolen season pass (covered), weather, callback, waiting
        ("me robaron la cartera con el pase del mes dentro y en la taquilla de gijon me dicen que lo pague otra vez entero. esto es un robo!!! llevo 8 años viajando con vosotros",
         faq(Q_ABONOS) + " — calm, acknowledges the anger: with the personal Tarjeta Xana a duplicate costs 5 € and keeps the balance and the monthly pass; offering a person as well is fine.",
         "Saying he must pay the month again; a cold answer ignoring the anger; the lost-property entry alone; a handover with no explanation."),
        ("por cierto, sabes que tiempo va a hacer el finde en los lagos de covadonga?",
         "Not covered (unrelated: the weather at the Covadonga lakes) — says it cannot help with that, no FAQ answer.",
         "The timetable entry or any other FAQ entry; inventing a forecast."),
        ("da igual. que me llame alguien al 684 30 12 95 despues de las 3",
         "Hands over / passes on a callback request to 684 30 12 95 after 15:00; no FAQ answer.",
         "Ignoring the number; only giving the company's phone number; an FAQ answer; asking to rephrase."),
        ("cuanto tarda eso?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "A journey time (e.g. the airport bus, 45 min); the refund time (7 days); promising an exact time."),
    ],
    [  # 6 backing out without the word, ambiguous yes, refund, Asturian person
        ("tengo sacados 2 asientos para mañana a las 9 a cangas pero a mi madre la ingresaron anoche y no vamos a poder ir",
         faq(Q_ANULAR) + " — up to 2 hours before departure: 90 % back (web, app or office); do not claim it has been done; a kind word is a plus; offering a change of date instead is fine.",
         "Claiming the tickets are cancelled; the delays entry; 'no refund' (she is in time)."),
        ("si",
         "Ambiguous yes — asks what she means or explains what happens next (how to cancel / a person); must not claim anything was cancelled.",
         "Saying the tickets are now cancelled; a random FAQ entry."),
        ("y el dinero me vuelve a la tarjeta o como?",
         faq(Q_ANULAR) + " — yes, 90 % to the same card or payment method, in about 7 days.",
         "The season-pass entry (Tarjeta Xana); the change entry; asking what card she means without answering."),
        ("ho, nun me aclaro con esto, pue ponerme con alguien de la oficina?",
         "Hands over to a person (Asturian: `ho`, `nun` = no, `pue` = puede) — short, no FAQ answer.",
         "An FAQ answer (ticket-office hours); not understanding the request; asking to rephrase."),
    ],
    [  # 7 luggage + bike, bike fee, student + airport
        ("buenas tardes! cuanto equipaje se puede llevar? y la bici de montaña entra en el maletero?",
         "Small talk greeting + " + both(Q_EQUIPAJE, Q_BICI) + " — 2 suitcases in the hold up to 30 kg + 1 hand item; bikes in the hold if there is room, 5 €, max 2 per bus, book it with the ticket.",
         "Only one half without pointing to the other; saying bikes are not allowed."),
        ("y hay que pagar por ella?",
         faq(Q_BICI) + " — yes, 5 € per trip (folding bikes in a cover free).",
         "The luggage entry's 3 € for an extra suitcase as the bike price; asking what she means."),
        ("ultima cosa, estudio en la uni de oviedo, me hacen descuento? y cuanto sale el bus al aeropuerto desde alli",
         both(Q_ESTUDIANTES, Q_AEROPUERTO) + " — 20 % with a student card or Carné Joven (monthly student pass 30 €); the airport bus leaves every hour from Oviedo station, 9 € (8,55 € in the app), about 45 min.",
         "Only one half without pointing to the other; the season-pass entry alone; the ticket-office entry."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
