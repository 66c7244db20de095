"""es: Estudio Contable Ferreyra & Paz (made up), an accounting and tax office for freelancers and small firms in
Caballito, Buenos Aires; customers write Rioplatense Spanish with vos (tenés, podés, mandame) and a few porteño words
(che, laburo, guita, re, posta, bondi, mango, quilombo)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_HONORARIOS = "¿Cuánto cuestan los honorarios mensuales del estudio?"
Q_ALTA = "¿Cómo me doy de alta en el monotributo?"
Q_RECAT = "¿Cuándo me tengo que recategorizar?"
Q_RI = "¿Qué pasa si me paso del monotributo y tengo que ser responsable inscripto?"
Q_GANANCIAS = "¿Hacen la declaración jurada de Ganancias y Bienes Personales?"
Q_DOCUMENTOS = "¿Qué documentación tengo que traer?"
Q_FACTURAS = "¿Ustedes me hacen las facturas?"
Q_SUELDOS = "¿Liquidan sueldos y cargas sociales de empleados?"
Q_VENCIMIENTOS = "¿Cómo me entero de los vencimientos?"
Q_PAGO = "¿Cómo les pago los honorarios?"
Q_HORARIO = "¿Qué horario de atención tienen?"
Q_UBICACION = "¿Dónde queda el estudio?"
Q_DEJAR = "¿Cómo dejo el estudio o doy de baja la actividad?"
Q_INTIMACION = "¿Qué hago si me llega una intimación o una deuda de ARCA?"
Q_CONSULTA = "¿Puedo hacer una consulta sin ser cliente?"

FAQ = [
    (Q_HONORARIOS,
     "Monotributo categorías A a D: $45.000 por mes; categorías E a K: $60.000. Responsables inscriptos desde "
     "$120.000 y sociedades (SAS, SRL) desde $220.000 por mes. Incluye el pago mensual, la recategorización y las "
     "consultas por WhatsApp. Sueldos y declaraciones juradas anuales se cobran aparte.",
     "honorarios", ["honorarios", "abono", "precio", "tarifa", "cuanto cobran"],
     ["cuanto me cobran por mes", "precio para monotributistas", "cuanto sale el abono"]),
    (Q_ALTA,
     "Necesitamos tu DNI, clave fiscal nivel 3, domicilio y la actividad que vas a hacer. El alta cuesta $35.000 "
     "(una sola vez) y queda lista en 48 horas hábiles; incluye elegir la categoría y emitir con vos la primera "
     "factura. Desde el mes siguiente pasás al abono mensual.",
     "monotributo", ["alta", "inscripción", "anotarme", "empezar", "clave fiscal"],
     ["me quiero inscribir en el monotributo", "que necesito para anotarme", "cuanto sale el alta"]),
    (Q_RECAT,
     "La recategorización es dos veces por año, en enero y en julio. Revisamos lo que facturaste en los últimos 12 "
     "meses y la presentamos antes del día 20 de ese mes. Está incluida en el abono. Si subís de categoría, la cuota "
     "nueva se paga desde el mes siguiente.",
     "monotributo", ["recategorización", "categoría", "enero", "julio", "subir"],
     ["cuando cambio de categoria", "me toca recategorizar", "me pase de categoria"]),
    (Q_RI,
     "Si en los últimos 12 meses facturás más que el tope de la categoría K, quedás excluido del monotributo y pasás a "
     "responsable inscripto (IVA mensual y Ganancias). También conviene si tus clientes te piden factura A. Hacemos "
     "el cambio por $70.000 y después el abono es desde $120.000 por mes.",
     "monotributo", ["responsable inscripto", "exclusión", "tope", "IVA", "factura A"],
     ["me van a sacar del monotributo", "pasar a responsable inscripto", "me pase del tope"]),
    (Q_GANANCIAS,
     "Sí. La declaración jurada anual de Ganancias cuesta $150.000 y la de Bienes Personales $80.000 (las dos juntas "
     "$200.000). Vencen en junio; necesitamos tus papeles antes del 15 de mayo. Si los traés después, cobramos un 20 "
     "% extra por urgencia.",
     "impuestos", ["ganancias", "bienes personales", "declaración jurada", "anual", "junio"],
     ["me hacen la de ganancias", "cuanto sale bienes personales", "cuando vence la anual"]),
    (Q_DOCUMENTOS,
     "La primera vez: DNI, clave fiscal, constancia de inscripción y las facturas del último año. Todos los meses, "
     "antes del día 5: facturas emitidas y recibidas y extractos bancarios. Se suben al portal del estudio o se "
     "mandan a papeles@ferreyrapaz.com.ar. No hace falta traer originales.",
     "clientes", ["documentación", "papeles", "traer", "mandar", "portal"],
     ["que papeles les paso", "que tengo que llevar", "hasta cuando mando las facturas"]),
    (Q_FACTURAS,
     "Te enseñamos a facturar desde el celular con la app de ARCA en una reunión de 30 minutos sin costo. Si preferís "
     "que las hagamos nosotros, cada factura cuesta $800; el abono de responsables inscriptos incluye 20 facturas "
     "por mes. Monotributo emite factura C.",
     "facturación", ["facturas", "facturar", "factura C", "emitir", "comprobante"],
     ["como hago una factura", "me pueden facturar ustedes", "que factura hago"]),
    (Q_SUELDOS,
     "Sí: $18.000 por empleado por mes, con recibos de sueldo, F.931 y cargas sociales antes del día 9. El alta de un "
     "empleado nuevo hay que hacerla por lo menos 24 horas antes de que empiece, avisanos con 3 días hábiles. "
     "Personal de casas particulares: $9.000 por mes.",
     "sueldos", ["sueldos", "empleados", "recibos", "cargas sociales", "alta temprana"],
     ["tengo un empleado", "cuanto cobran por liquidar sueldos", "personal domestico"]),
    (Q_VENCIMIENTOS,
     "El monotributo se paga todos los meses hasta el día 20. El día 1 de cada mes te mandamos por WhatsApp el "
     "calendario con tus fechas y el monto. Te recomendamos adherir al débito automático; si pagás tarde, ARCA cobra "
     "intereses.",
     "impuestos", ["vencimientos", "fechas", "calendario", "débito automático", "intereses"],
     ["cuando vence el monotributo", "que dia se paga", "me avisan las fechas"]),
    (Q_PAGO,
     "Por transferencia al alias FERREYRA.PAZ.ESTUDIO, por Mercado Pago o en efectivo en la oficina, hasta el día 10 "
     "de cada mes. Desde el día 11 se suma un 10 % de recargo. Si pagás el año adelantado, un mes es gratis.",
     "honorarios", ["alias", "Mercado Pago", "efectivo", "recargo", "día 10"],
     ["a que alias transfiero", "hasta que dia pago el abono", "puedo pagar en efectivo"]),
    (Q_HORARIO,
     "Lunes a viernes de 9:30 a 18:00, con turno. En enero atendemos de 9:30 a 14:00. El 24 y el 31 de diciembre "
     "hasta las 12:00. Sábados, domingos y feriados cerrado. Turnos por WhatsApp al 11 5732-8841.",
     "estudio", ["horario", "turno", "abierto", "sábado", "enero"],
     ["a que hora atienden", "abren los sabados", "necesito turno"]),
    (Q_UBICACION,
     "Av. Rivadavia 5120, piso 3 B, Caballito (CABA), a 2 cuadras de la estación Primera Junta de la línea A. "
     "Colectivos 2, 25 y 55. No tenemos estacionamiento propio; hay un garaje en Rivadavia 5180 ($4.000 la hora).",
     "estudio", ["dirección", "oficina", "subte", "estacionamiento"],
     ["donde estan", "como llego", "donde estaciono"]),
    (Q_DEJAR,
     "Para dejar el estudio avisanos por mail a administracion@ferreyrapaz.com.ar con 30 días de anticipación; el mes "
     "en que terminan esos 30 días se cobra entero. Te entregamos toda tu documentación y te pedimos que cambies la "
     "clave fiscal. Si dejás de trabajar por tu cuenta, la baja del monotributo la hacemos por $25.000.",
     "estudio", ["baja", "dejar el estudio", "aviso", "cambiar de contador", "30 días"],
     ["quiero dejar de trabajar con ustedes", "como doy de baja el monotributo", "me cambio de contador"]),
    (Q_INTIMACION,
     "No pagues nada por tu cuenta. Mandanos una captura del domicilio fiscal electrónico por WhatsApp al 11 "
     "5732-8841; te respondemos en 48 horas hábiles. Si hay deuda real, armamos un plan de pagos de hasta 6 cuotas. "
     "Para clientes está incluido; si no sos cliente, $40.000.",
     "impuestos", ["intimación", "deuda", "ARCA", "domicilio fiscal", "plan de pagos"],
     ["me llego una carta de arca", "tengo una deuda con arca", "me intimaron"]),
    (Q_CONSULTA,
     "Sí: una consulta de 45 minutos cuesta $30.000, en la oficina o por videollamada, con turno por WhatsApp al 11 "
     "5732-8841. Si te hacés cliente dentro de los 30 días, te descontamos ese monto del primer mes.",
     "estudio", ["consulta", "no cliente", "videollamada", "asesoramiento"],
     ["puedo hacer una consulta puntual", "atienden a gente que no es cliente", "cuanto sale una consulta"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("hola buenas! soy diseñadora grafica y desde enero arranco por mi cuenta con un cliente de afuera, me "
         "dijeron que me tengo que anotar en el monotributo, me lo hacen ustedes? y despues cuanto me sale por mes "
         "que me lleven todo",
         "Small talk greeting + " + both(Q_ALTA, Q_HONORARIOS) + " — sign-up $35.000 once, ready in 48 working hours "
         "(DNI, clave fiscal level 3, address, activity); then the monthly fee: $45.000 (categories A-D) or $60.000 "
         "(E-K).",
         "Only one half without pointing to the other; the responsable inscripto fee ($120.000); inventing one price "
         "without the category split."),
        ("y los comprobantes para el cliente quien los arma, yo o ustedes?",
         faq(Q_FACTURAS) + " — they teach her to invoice from the phone with the ARCA app (free 30-minute meeting), or "
         "they do it at $800 each; monotributo issues factura C.",
         "The documents entry; 'not covered'; saying the monthly fee includes all invoices for a monotributista."),
        ("ok y a la afip o como se llame ahora cada cuanto le tengo que poner plata?",
         faq(Q_VENCIMIENTOS) + " — every month by the 20th; the office sends the calendar with dates and amount by "
         "WhatsApp on the 1st; automatic debit recommended; late payment → ARCA charges interest.",
         "The office's own fee payment (by the 10th); the recategorisation entry; 'not covered'."),
        ("joya, re claro todo posta, mil gracias! nos vemos",
         "Small talk: acknowledgement + thanks + goodbye (`re` = very, `posta` = really) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("hola, consulta",
         "Too vague to answer — choices (monotributo, fees, payroll, invoices...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("tengo una verduleria y el lunes 7 empieza un pibe a trabajar conmigo, que tengo que hacer antes y cuanto me "
         "cobran por llevarle el sueldo",
         TYPE + faq(Q_SUELDOS) + " — the new employee must be registered at least 24 hours before he starts (start "
         "Monday 7 December → tell the office with 3 working days, i.e. now / by Wednesday 2 December); $18.000 per "
         "employee per month, payslips, F.931 and social charges by the 9th.",
         "Tapping an earlier choice; the monotributo sign-up entry; saying nothing is needed before the first day."),
        ("y la señora que me limpia la casa dos veces por semana tambien entra ahi?",
         faq(Q_SUELDOS) + " — yes, domestic staff (casas particulares) $9.000 a month.",
         "The $18.000 shop-employee price; 'not covered'; asking what she means."),
        ("una pregunta, estoy hablando con una persona o esto es automatico?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("buenas, tengo un tema con lo de impuestos",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada que ver",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("entre a la pagina y me salto un cartel rojo que debo 3 meses mas unos intereses, lo pago ya desde el "
         "homebanking o espero a que alguien lo mire?",
         faq(Q_INTIMACION) + " — do not pay on your own; send a screenshot of the domicilio fiscal electrónico by "
         "WhatsApp to 11 5732-8841; answer within 48 working hours; a payment plan of up to 6 instalments if the debt "
         "is real; free for clients, $40.000 otherwise.",
         "'Pay it right away'; the due-dates entry because of `intereses`; the fee payment entry; 'not covered'."),
        ("y de paso no me hacen el tramite de la jubilacion de mi viejo en anses? me dijeron que es un quilombo y no "
         "tengo idea por donde arrancar",
         "Not covered by the FAQ (near the trade: pension paperwork at ANSES is not offered) — says so honestly, may "
         "offer a person. `quilombo` = a mess, `mi viejo` = my father.",
         "Inventing a pension service or price; the one-off consultation entry as if it covered it; the sign-up "
         "entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("hola, soy monotributista categoria H y este año facture bastante mas, ya llevo como 60 millones. cuando me "
         "tengo que recategorizar y si me paso del todo que pasa?",
         both(Q_RECAT, Q_RI) + " — recategorisation in January and July, the office files it before the 20th (next: "
         "January 2027), included in the fee; above the category K ceiling over 12 months → excluded, becomes "
         "responsable inscripto (monthly VAT), change $70.000, then from $120.000 a month.",
         "Only one half without pointing to the other; stating a made-up ceiling figure as if from the FAQ; saying "
         "nothing changes."),
        ("no me contestaste lo que pregunte!! si supero ese limite me echan del regimen o no??",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_RI) + " — yes: above the category K "
         "ceiling in the last 12 months he is excluded and becomes responsable inscripto; the office does the change "
         "for $70.000.",
         "Repeating the first answer unchanged; 'no'; a handover without answering."),
        ("esto no sirve para un mango, quiero hablar con un contador de carne y hueso",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `no sirve para un mango` = "
         "useless) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? hay alguien?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ME SUMARON UN 10% EXTRA EN LA CUOTA DEL ESTUDIO!!! transferi el 14 como siempre, hace 5 años que estoy con "
         "ustedes y me tratan asi??",
         faq(Q_PAGO) + " — calm, acknowledges the anger: the fee is due by the 10th, from the 11th a 10 % surcharge "
         "applies (paid on the 14th → the rule applies); alias FERREYRA.PAZ.ESTUDIO, Mercado Pago or cash; paying the "
         "year in advance gives one month free. Offering a person as well is fine.",
         "A cold answer ignoring the anger; promising to remove the surcharge; the fee list; a handover with no "
         "explanation."),
        ("y ya que estamos sabes que bondi me deja en ezeiza? el viernes llega mi hermana de madrid",
         "Not covered (unrelated: which bus goes to Ezeiza airport; `bondi` = bus) — says it cannot help with that, no "
         "FAQ answer.",
         "The office's address with bus lines 2, 25, 55 as if it answered; inventing a bus line."),
        ("igual quiero que me llame la contadora paz, mi cel es 11 6284-1907, despues de las 3 de la tarde",
         "Hands over / passes on a callback request to 11 6284-1907 after 15:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the office's WhatsApp; an FAQ answer; asking to rephrase."),
        ("y mas o menos cuanto tardan en llamar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48-working-hours rule for ARCA notices; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("les cuento que me salio un trabajo en blanco en una empresa desde febrero, asi que ya no voy a facturar mas "
         "y no los voy a necesitar a partir de ahi",
         faq(Q_DEJAR) + " — notice by e-mail to administracion@ferreyrapaz.com.ar 30 days ahead, the month in which the "
         "30 days end is charged in full; all documents handed over, change the clave fiscal; the monotributo "
         "deregistration is done by the office for $25.000. Does not claim anything is done.",
         "Claiming the service or the monotributo is ended; the office hours because of `febrero`; the sign-up entry."),
        ("dale",
         "Ambiguous yes (`dale` = OK) — asks what he wants (send the e-mail notice? deregister the monotributo?) or "
         "explains the next step; must not claim anything is done.",
         "Saying the monotributo is now deregistered; a random FAQ entry."),
        ("y el ultimo mes me lo cobran completo aunque sea por dos semanas?",
         faq(Q_DEJAR) + " — yes: the month in which the 30 days' notice ends is charged in full.",
         "A pro-rata amount; the payment entry alone; 'not covered'."),
        ("che mandame con alguien del estudio de una, que por aca me re complica y no tengo tiempo",
         "Hands over to a person (`che`, `mandame`, `de una` = right away, `re` = very) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buen dia! atienden los sabados? y donde esta la oficina?",
         "Small talk greeting + " + both(Q_HORARIO, Q_UBICACION) + " — no Saturdays (Monday-Friday 9:30-18:00 with an "
         "appointment); Av. Rivadavia 5120, 3rd floor B, Caballito, 2 blocks from Primera Junta (line A).",
         "Only one half without pointing to the other; inventing Saturday hours."),
        ("yo todavia no trabajo con ustedes, me atienden igual por una duda puntual?",
         faq(Q_CONSULTA) + " — yes: 45 minutes for $30.000, at the office or by video call, appointment by WhatsApp "
         "11 5732-8841; deducted from the first month if he becomes a client within 30 days.",
         "'Only clients'; the monthly fee list; a free consultation."),
        ("ah y ultima, la de ganancias de este año me la hacen? y la primera vez que papeles les llevo?",
         both(Q_GANANCIAS, Q_DOCUMENTOS) + " — yes: Ganancias $150.000 (with Bienes Personales $200.000), due in "
         "June, papers before 15 May (later +20 %); first time: DNI, clave fiscal, registration certificate and the "
         "last year's invoices, by the portal or papeles@ferreyrapaz.com.ar.",
         "Only one half without pointing to the other; saying originals are needed; a December deadline."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
