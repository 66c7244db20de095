"""es: Hotel para Mascotas Huellitas de Surco (made up), a dog and cat hotel with day care, overnight stays, bath
and transport in Lima, customers writing everyday Peruvian Spanish with a few Peruvian words (chevere, jato, causa,
pata, al toque, bacan)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIOS = "¿Cuánto cuesta la guardería y el hospedaje?"
Q_HORARIO = "¿En qué horario puedo dejar y recoger a mi mascota?"
Q_REQUISITOS = "¿Qué vacunas y requisitos piden?"
Q_GRUPOS = "¿Los perros están todos juntos?"
Q_MOVILIDAD = "¿Tienen movilidad para recoger y devolver a mi mascota?"
Q_BANO = "¿Hacen baño y corte de pelo?"
Q_COMIDA = "¿Qué come mi mascota durante la estadía?"
Q_RESERVA = "¿Cómo hago una reserva y cuánto es el adelanto?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_SALUD = "¿Qué pasa si mi mascota se enferma o se lastima?"
Q_CANCELAR = "¿Puedo cancelar o cambiar mi reserva?"
Q_VER = "¿Puedo ver a mi mascota mientras está en el hotel?"
Q_UBICACION = "¿Dónde están ubicados?"
Q_LLEVAR = "¿Qué tengo que llevar para su estadía?"
Q_EDAD = "¿Aceptan cachorros y perros mayores?"

FAQ = [
    (Q_PRECIOS,
     "Guardería de día (8:00 a 19:00): S/ 45 por día, paquete de 10 días S/ 400. Hospedaje por noche: perros hasta "
     "15 kg S/ 75, perros de más de 15 kg S/ 90, gatos S/ 50. El segundo perro de la misma familia paga 20 % menos. "
     "Incluye paseos 2 veces al día y fotos diarias.",
     "precios", ["precio", "tarifa", "guardería", "hospedaje", "noche"],
     ["cuanto cuesta la noche", "precio de la guarderia", "tarifa para perro grande"]),
    (Q_HORARIO,
     "Entradas y salidas de lunes a sábado de 7:30 a 20:00; domingos y feriados solo de 9:00 a 13:00. En hospedaje "
     "la salida es hasta las 12:00 del último día; si lo recoges más tarde se cobra un día de guardería (S/ 45).",
     "horarios", ["horario", "entrada", "salida", "domingo", "feriado"],
     ["a que hora lo puedo dejar", "atienden los domingos", "hasta que hora lo recojo"]),
    (Q_REQUISITOS,
     "Perros: carnet con vacuna séxtuple u óctuple y antirrábica vigentes, y la vacuna contra la Bordetella puesta "
     "al menos 15 días antes del ingreso. Gatos: triple felina y antirrábica. Todos desparasitados en los últimos 3 "
     "meses y con antipulgas al día. No recibimos hembras en celo.",
     "requisitos", ["vacunas", "carnet", "requisitos", "desparasitar", "pulgas"],
     ["que vacunas necesita", "piden carnet de vacunacion", "que requisitos hay para entrar"]),
    (Q_GRUPOS,
     "No: de día juegan en grupos separados por tamaño y carácter (pequeños hasta 10 kg, medianos y grandes), siempre "
     "con un cuidador; de noche cada uno duerme en su suite individual. Los gatos están en un ambiente aparte sin "
     "perros. Antes de la primera estadía hacemos una evaluación gratis de 3 horas.",
     "cuidado", ["grupos", "tamaño", "juntos", "suite", "evaluación"],
     ["juntan a los perros grandes con los chicos", "donde duermen", "los gatos estan con los perros"]),
    (Q_MOVILIDAD,
     "Sí. Movilidad a Surco, Miraflores, San Borja, Barranco y La Molina: S/ 20 por trayecto; otros distritos de "
     "Lima: S/ 35. Recojo de 8:00 a 10:00 y devolución de 17:00 a 19:00; se pide por WhatsApp con 24 horas de "
     "anticipación.",
     "servicios", ["movilidad", "transporte", "recojo", "delivery", "distritos"],
     ["lo pueden recoger de mi casa", "cuanto cobra la movilidad", "llegan hasta la molina"]),
    (Q_BANO,
     "Sí, con cita de martes a sábado: baño perro pequeño S/ 40, grande S/ 60, corte de pelo S/ 30 adicional; baño "
     "de gato S/ 70. Si tu mascota está hospedada le damos el baño el último día con 15 % de descuento.",
     "servicios", ["baño", "corte", "peluquería", "grooming"],
     ["cuanto cuesta el baño", "hacen corte de pelo", "lo pueden bañar antes de recogerlo"]),
    (Q_COMIDA,
     "Lo ideal es que traigas su comida de siempre en porciones diarias marcadas con su nombre; si no, le damos "
     "nuestras croquetas por S/ 8 al día. Dieta BARF o casera la guardamos refrigerada. Los medicamentos se los damos "
     "sin costo, con la receta o las indicaciones por escrito.",
     "cuidado", ["comida", "croquetas", "dieta", "medicamentos", "alimento"],
     ["tengo que llevar su comida", "le pueden dar su medicina", "que croquetas le dan"]),
    (Q_RESERVA,
     "Por WhatsApp al 941 207 563 o en www.huellitasdesurco.pe, con un adelanto del 50 % por Yape o Plin. En "
     "temporada alta (del 15 de diciembre al 6 de enero, Semana Santa y Fiestas Patrias) la estadía mínima es de 3 "
     "noches y se paga el 100 % al reservar. Te confirmamos el cupo en menos de 2 horas.",
     "reservas", ["reserva", "adelanto", "cupo", "temporada alta"],
     ["como reservo", "cuanto tengo que adelantar", "hay cupo para navidad"]),
    (Q_PAGO,
     "Yape y Plin al 941 207 563, transferencia BCP o Interbank, efectivo, y tarjeta Visa o Mastercard (con 5 % de "
     "recargo). Emitimos boleta o factura con RUC; pídela antes de pagar.",
     "pagos", ["yape", "plin", "tarjeta", "factura", "efectivo"],
     ["aceptan tarjeta", "puedo pagar con yape", "me dan factura"]),
    (Q_SALUD,
     "Tenemos veterinaria de guardia y convenio con la Clínica Veterinaria San Roque, a 5 minutos. Si algo pasa te "
     "llamamos de inmediato. Si al recogerla notas algo, avísanos dentro de las 48 horas con fotos al 941 207 563: "
     "revisamos las cámaras y, si ocurrió en el hotel, cubrimos la atención en la clínica (hasta S/ 1 500).",
     "cuidado", ["enfermedad", "lesión", "veterinario", "accidente", "emergencia"],
     ["que pasa si se enferma", "tienen veterinario", "mi perro volvio lastimado"]),
    (Q_CANCELAR,
     "Fuera de temporada alta: con más de 7 días de anticipación te devolvemos el adelanto o cambias la fecha; entre "
     "7 días y 48 horas el adelanto queda como saldo a favor por 6 meses; con menos de 48 horas no hay devolución. "
     "En temporada alta: con más de 15 días devolvemos el 50 % o cambias la fecha una vez (a otra estadía o a días "
     "de guardería, dentro de 6 meses); con menos de 15 días no hay devolución.",
     "reservas", ["cancelar", "devolución", "cambio de fecha", "reembolso"],
     ["quiero cancelar mi reserva", "me devuelven el adelanto", "puedo cambiar la fecha"]),
    (Q_VER,
     "Te mandamos fotos y un video por WhatsApp todos los días a las 18:00. Los perros de guardería se pueden ver en "
     "vivo en la app Huellitas Cam de 8:00 a 19:00. Durante el hospedaje no hacemos visitas porque los estresa "
     "(y a los demás también); puedes llamar de 9:00 a 18:00.",
     "cuidado", ["fotos", "cámaras", "visitas", "video", "app"],
     ["puedo ir a visitarlo", "me mandan fotos", "tienen camaras"]),
    (Q_UBICACION,
     "Av. Los Próceres 1580, Santiago de Surco, a 3 cuadras del Óvalo Higuereta (estación Angamos del Metropolitano "
     "a 10 minutos en carro). Hay estacionamiento para 4 autos en la puerta.",
     "empresa", ["dirección", "ubicación", "distrito", "estacionamiento"],
     ["donde quedan", "cual es la direccion", "hay donde estacionar"]),
    (Q_LLEVAR,
     "Su comida en porciones, su camita o una mantita con olor a casa, 1 o 2 juguetes, collar con placa y correa. "
     "Platos y agua ponemos nosotros. Gatos: su arenero y arena si usa una especial, y su transportadora. Todo "
     "marcado con su nombre.",
     "cuidado", ["llevar", "cama", "juguetes", "correa", "pertenencias"],
     ["que le llevo", "puedo dejarle su cama", "hay que llevar platos"]),
    (Q_EDAD,
     "Cachorros desde los 4 meses, con todas sus vacunas completas (la última puesta al menos 15 días antes). "
     "Perros mayores de 10 años con un certificado del veterinario de los últimos 30 días. Machos sin castrar "
     "mayores de 12 meses pueden hospedarse, pero no entran a los grupos de guardería.",
     "requisitos", ["cachorro", "edad", "perro mayor", "senior", "castrado"],
     ["reciben cachorros", "mi perro es viejito", "desde que edad lo aceptan"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye with a Peruvian word
        ("hola buenas tardes! cuanto me saldria dejar a mi shih tzu 4 noches? pesa 7 kilos. y a que hora lo puedo "
         "llevar el sabado?",
         "Small talk greeting + " + both(Q_PRECIOS, Q_HORARIO) + " — dog up to 15 kg S/ 75 a night, so 4 nights = "
         "S/ 300 (walks twice a day and daily photos included); Saturday drop-off 7:30-20:00.",
         "Only one half without pointing to the other; the S/ 90 large-dog price; Sunday hours for a Saturday."),
        ("y alla que va a comer? es bien delicado del estomago",
         faq(Q_COMIDA) + " — best bring his usual food in daily portions marked with his name; otherwise house kibble "
         "S/ 8 a day; BARF/home diet kept refrigerated; medicines given free with written instructions.",
         "The 'what to bring' entry alone without the food rule; the vet/health entry because of `estomago`; asking "
         "what he means."),
        ("y no lo van a poner con perros grandes? es chiquito y bien miedoso",
         faq(Q_GRUPOS) + " — play groups by size and temperament (small up to 10 kg separate), always with a carer; "
         "each sleeps in his own suite; free 3-hour evaluation before the first stay.",
         "Saying all dogs play together; the puppies/old dogs entry; 'not covered'."),
        ("ah ya chevere, muchas gracias! chau",
         "Small talk: acknowledgement + thanks + goodbye (`chevere` = great) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("buenas, una consulta",
         "Too vague to answer — choices (prices, bookings, vaccines, transport...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("nos vamos a cusco toda la familia del 19 al 27 de diciembre, todavia hay espacio para mi perra o ya esta "
         "todo lleno? como la separo",
         TYPE + faq(Q_RESERVA) + " — by WhatsApp 941 207 563 or the website; 19-27 December is high season (15 Dec-6 "
         "Jan): minimum 3 nights and 100 % paid when booking (outside high season 50 %); place confirmed within 2 h. "
         "`separar` = to book/reserve (Peru).",
         "Tapping an earlier choice; the 50 % deposit without the high-season rule; promising a free place; "
         "understanding `separo` as separating the dog from others (groups entry)."),
        ("y la pueden venir a buscar al jato? estamos en barranco",
         faq(Q_MOVILIDAD) + " — yes, Barranco S/ 20 each way; pick-up 8:00-10:00, return 17:00-19:00; ask by WhatsApp "
         "24 h before. `jato` = home.",
         "The S/ 35 price for other districts; the address of the hotel; not understanding `jato`."),
        ("oye pero tu eres una persona o un bot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hola, es sobre mi perrito",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, ninguna de esas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("lo adopte hace 2 semanas de un albergue, tiene como 5 meses y le falta la ultima vacuna, lo puedo dejar "
         "el lunes en la guarderia mientras trabajo?",
         faq(Q_EDAD) + " — puppies from 4 months, but only with all vaccines complete, the last one at least 15 days "
         "before; so not this Monday (7 December) with a vaccine still missing. May add the vaccine list (" +
         "requisitos entry) and the free 3-hour evaluation.",
         "A plain yes because he is over 4 months; the day-care price only; 'not covered'."),
        ("y de paso ustedes lo adiestran? jala la correa horrible y se come mis zapatillas",
         "Not covered by the FAQ (near the trade: dog training is not offered) — says so honestly, may offer a person "
         "or the WhatsApp number.",
         "Inventing a training service or price; the groups/evaluation entry as if it answered; the 'what to bring' "
         "entry because of `correa`."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, voy a dejar a mis 2 labradores desde el lunes 7 por 3 semanas, que papeles tengo que llevar? y se "
         "puede pagar con tarjeta o solo yape?",
         both(Q_REQUISITOS, Q_PAGO) + " — vaccination card: sextuple/octuple and rabies in date, Bordetella at least "
         "15 days before, dewormed within 3 months, flea treatment; cards accepted (Visa/Mastercard, 5 % surcharge), "
         "also Yape/Plin, transfer, cash; boleta or factura.",
         "Only one half without pointing to the other; saying cards are not accepted; forgetting the 5 % surcharge; "
         "prices instead."),
        ("no me entiendes. la de la tos de las perreras se la pusieron recien ayer, igual me los reciben el lunes?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_REQUISITOS) + " — "
         "the Bordetella (kennel cough) vaccine must be given at least 15 days before: put on 29 November, so from 14 "
         "December, not Monday 7 December.",
         "A plain yes; repeating the first answer without the 15 days; the health/vet entry because of `tos`; a "
         "handover without answering."),
        ("ya fue, asi no se puede. pasame con alguien de verdad",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("alo? hay alguien? ya van como 10 minutos",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("RECOGI A MI PERRA AYER Y TIENE UN CORTE EN LA OREJA Y NADIE ME DIJO NADA!!! 5 noches pague para esto?? "
         "ustedes no la cuidan o que",
         faq(Q_SALUD) + " — calm, acknowledges the anger: send photos to 941 207 563 within 48 h (picked up yesterday: "
         "still in time); they check the cameras and if it happened at the hotel they pay the care at Clínica "
         "Veterinaria San Roque (up to S/ 1 500). Offering a person as well is fine.",
         "A cold answer ignoring the anger; the price list because of `5 noches`; the groups entry; a handover with no "
         "explanation; admitting or denying guilt."),
        ("y ya que estamos sabes donde venden una buena causa por surco? estoy muerta de hambre",
         "Not covered (unrelated: where to eat causa, a Peruvian potato dish) — says it cannot help with that, no FAQ "
         "answer.",
         "Any FAQ entry (e.g. the food entry because of `hambre`); inventing a restaurant."),
        ("igual quiero que la administradora me llame, mi celular es 987 315 602, despues de las 3 de la tarde",
         "Hands over / passes on a callback request to 987 315 602 after 15:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the hotel's WhatsApp; an FAQ answer; asking to rephrase."),
        ("ya, y eso normalmente cuanto demora?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48 h for reporting; the 2 h booking confirmation; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in Peruvian words
        ("separe 5 noches para mi beagle del 23 al 28 de diciembre y ya pague todo por yape, pero al final mi suegra "
         "se queda en la casa esas fechas y ella lo va a cuidar",
         faq(Q_CANCELAR) + " — high season: more than 15 days before, 50 % back or one date change (to another stay "
         "or day care, within 6 months); under 15 days, no refund. Wednesday 23 December is more than 15 days from "
         "the set's date. Does not claim it is done.",
         "Claiming the booking was cancelled/refunded; the off-season rule (full refund over 7 days); the payment "
         "entry; deciding without stating the rule."),
        ("ya normal",
         "Ambiguous yes (`normal` = OK, fine) — asks what she means (50 % back or a date change?) or explains the "
         "next step (WhatsApp / a person); must not claim anything was cancelled or refunded.",
         "Saying the booking is now cancelled or the money returned; a random FAQ entry."),
        ("y lo que ya pague me sirve para dejarlo en la guarderia en enero mientras trabajo?",
         faq(Q_CANCELAR) + " — yes, the one date change may be to day-care days, within 6 months (day care S/ 45 a "
         "day).",
         "Saying the money is lost; the day-care price alone without the rule; asking what she means."),
        ("mira pata, mejor pasame con alguien de ahi al toque que me lo arregle",
         "Hands over to a person (`pata` = mate, `al toque` = right away) — short, no FAQ answer.",
         "An FAQ answer (e.g. the rule again); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenos dias! es la primera vez que dejaria a mi gato en un hotel, puedo ir a verlo mientras esta ahi? y "
         "donde quedan exactamente?",
         "Small talk greeting + " + both(Q_VER, Q_UBICACION) + " — no visits during a stay (stress), but photos and "
         "a video by WhatsApp daily at 18:00 and calls 9:00-18:00 (the live app is for day-care dogs); Av. Los Próceres "
         "1580, Surco, 3 blocks from Óvalo Higuereta, parking for 4 cars.",
         "Only one half without pointing to the other; promising visits or the live camera for a cat on a stay."),
        ("bacan. y le puedo dejar su arenero y su rascador?",
         faq(Q_LLEVAR) + " — yes: cats bring their litter box (and special litter) and carrier; bed or blanket, 1-2 "
         "toys, everything marked with the name. A scratching post is not listed: 'probably fine, ask' is right, a "
         "firm invented rule is not. `bacan` = great.",
         "The cat prices; saying nothing can be brought; the food entry only."),
        ("ultima, me lo pueden bañar antes de que lo recoja? y me dan factura a nombre de mi empresa?",
         both(Q_BANO, Q_PAGO) + " — cat bath S/ 70 by appointment Tuesday-Saturday, 15 % off on the last day of a "
         "stay; factura with RUC, to be asked for before paying.",
         "Only one half without pointing to the other; the dog bath price; saying no factura."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
