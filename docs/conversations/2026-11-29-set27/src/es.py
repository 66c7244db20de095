"""es: Gestoria Albereda (made up), an administrative agency (gestoria) in Valencia, plain everyday Spain Spanish."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_RENTA = "¿Cuánto cuesta que me hagan la declaración de la renta?"
Q_DOCS = "¿Qué documentos tengo que traer para la renta?"
Q_PLAZO = "¿Cuál es el plazo para presentar la renta?"
Q_ONLINE = "¿Puedo hacerlo todo por internet sin ir a la oficina?"
Q_ALTA = "¿Cómo me doy de alta como autónomo?"
Q_CUOTA = "¿Cuánto cuesta la gestión mensual para autónomos?"
Q_NOMINAS = "¿Hacen nóminas y contratos de trabajadores?"
Q_COCHE = "¿Qué hace falta para la transferencia de un coche?"
Q_CARTA = "¿Qué hago si me llega una carta o una multa de Hacienda?"
Q_PAGO = "¿Cómo se pagan sus servicios y me dan factura?"
Q_TRIM = "¿Me avisan de los plazos de los impuestos trimestrales?"
Q_BAJA = "¿Cómo me doy de baja del servicio?"
Q_HERENCIA = "¿Qué trámites hay que hacer cuando fallece un familiar?"
Q_HORARIO = "¿Cuál es su horario?"
Q_CITA = "¿Tengo que pedir cita?"

FAQ = [
    (Q_RENTA,
     "La declaración individual cuesta 45 € (IVA incluido) si solo tiene nómina, paro o pensión. La conjunta, o si tiene "
     "un piso alquilado a otra persona, 70 €. Si es autónomo y nos lleva la gestión mensual, la renta ya va incluida en la "
     "cuota. Antes de presentarla revisamos el borrador y le decimos si le sale a pagar o a devolver.",
     "renta", ["precio renta", "declaración", "conjunta", "honorarios", "borrador"],
     ["cuanto cobrais por la renta", "precio de la declaracion", "me haceis la renta y cuanto es"]),
    (Q_DOCS,
     "Traiga su DNI o NIE, el número de referencia de la renta (lo saca con Cl@ve o con la casilla 505 de la declaración "
     "del año pasado), los certificados de retenciones de la empresa o del paro, los recibos de la hipoteca o el contrato "
     "de alquiler si vive de alquiler, y los justificantes de donativos y cuotas sindicales. Si es la primera vez que "
     "viene, añada el IBAN de su cuenta y el DNI de su cónyuge y de sus hijos.",
     "renta", ["documentos", "papeles", "DNI", "certificado de retenciones", "número de referencia"],
     ["que papeles hay que llevar para la declaracion", "que necesito para hacer la renta", "que tengo que traer"]),
    (Q_PLAZO,
     "La campaña va del 2 de abril al 30 de junio. Si le sale a pagar y quiere domiciliar el pago, el último día es el 25 "
     "de junio. Para llegar bien, tráiganos los papeles antes del 15 de junio; a partir de esa fecha cobramos 15 € de "
     "urgencia.",
     "renta", ["plazo", "campaña de la renta", "fecha límite", "30 de junio", "domiciliación"],
     ["hasta cuando se puede hacer la renta", "cuando empieza la campaña", "me da tiempo a presentarla"]),
    (Q_ONLINE,
     "Sí. Puede mandarnos los papeles por WhatsApp al 644 18 92 30, por correo electrónico o desde su área de cliente en "
     "la web, y firmar con Cl@ve o con su certificado digital. Si lo prefiere, hacemos una videollamada de 20 minutos para "
     "revisarlo juntos. El precio es el mismo que en la oficina.",
     "atención", ["online", "internet", "WhatsApp", "a distancia", "videollamada"],
     ["se puede hacer sin ir", "os lo mando por email", "lo haceis a distancia"]),
    (Q_ALTA,
     "Nos encargamos de las dos altas, en Hacienda (modelo 036 o 037) y en la Seguridad Social (RETA), normalmente en 48 "
     "horas. Cuesta 60 €, y es gratis si contrata con nosotros la gestión mensual. Traiga el DNI, su número de la "
     "Seguridad Social, el IBAN y la dirección donde va a trabajar. El primer año suele pagar la tarifa plana de 80 € al "
     "mes de cuota de autónomos.",
     "autónomos", ["alta de autónomo", "autónomo", "RETA", "tarifa plana", "empezar un negocio"],
     ["quiero hacerme autonomo", "que tengo que hacer para trabajar por mi cuenta", "cuanto cuesta darse de alta"]),
    (Q_CUOTA,
     "55 € al mes más IVA para autónomos con hasta 40 facturas por trimestre; con más facturas, 75 € al mes más IVA. "
     "Incluye los impuestos trimestrales (IVA e IRPF), los libros de registro, la declaración de la renta y las consultas "
     "por teléfono o WhatsApp. No hay permanencia.",
     "autónomos", ["cuota mensual", "llevar las cuentas", "contabilidad", "asesoría", "tarifa"],
     ["cuanto cobrais al mes a un autonomo", "cuanto cuesta que me lleveis los papeles", "precio de la asesoria"]),
    (Q_NOMINAS,
     "Sí. Cada nómina cuesta 18 € al mes por trabajador e incluye los seguros sociales y el modelo 111. El alta del "
     "trabajador con su contrato cuesta 30 € (una sola vez), y la baja con el finiquito, 25 €. Necesitamos los datos del "
     "trabajador 3 días antes de que empiece.",
     "empresas", ["nóminas", "contrato", "trabajador", "empleado", "seguros sociales", "finiquito"],
     ["me llevais las nominas", "voy a contratar a una persona", "cuanto cuesta una nomina"]),
    (Q_COCHE,
     "Traiga el permiso de circulación, la ficha técnica con la ITV en vigor, el contrato de compraventa firmado por los "
     "dos y el DNI de comprador y vendedor. Nuestros honorarios son 95 €, más la tasa de Tráfico (55,70 €) y el impuesto "
     "de transmisiones (ITP), que depende del modelo y de la antigüedad del vehículo. Lo mismo vale para motos. El permiso "
     "nuevo llega en unos 5 días hábiles y mientras tanto le damos uno provisional.",
     "vehículos", ["transferencia", "cambio de titular", "vehículo", "DGT", "compraventa", "coche"],
     ["quiero poner el coche a mi nombre", "he comprado un coche de segunda mano", "cuanto cuesta una transferencia"]),
    (Q_CARTA,
     "No deje pasar el plazo que indica la carta (en un requerimiento suelen ser 10 días hábiles desde que la abre). "
     "Mándenos una foto o el PDF por WhatsApp o correo ese mismo día y le decimos qué hay que hacer. Para los clientes con "
     "gestión mensual está incluido; si no es cliente, contestar un requerimiento cuesta 60 € y un recurso o unas "
     "alegaciones, desde 90 €.",
     "Hacienda", ["requerimiento", "notificación", "multa", "sanción", "agencia tributaria"],
     ["me ha llegado una carta de hacienda", "tengo una notificacion de la agencia tributaria", "me han puesto una multa"]),
    (Q_PAGO,
     "Las cuotas mensuales se pagan por domiciliación bancaria el día 5 de cada mes; los trámites sueltos (renta, "
     "transferencias, herencias), con tarjeta, Bizum o transferencia al terminar el trabajo. Siempre le damos factura con "
     "el 21 % de IVA, por correo electrónico y en 3 días como máximo.",
     "pagos", ["pago", "factura", "domiciliación", "Bizum", "tarjeta"],
     ["como os pago", "se puede pagar con bizum", "me haceis factura"]),
    (Q_TRIM,
     "Sí. Los trimestres se presentan del 1 al 20 de abril, julio y octubre, y del 1 al 30 de enero. Le mandamos un "
     "WhatsApp 10 días antes y necesitamos sus facturas del trimestre como tarde el día 10 de ese mes. Si nos las envió a "
     "tiempo y aun así se presenta tarde, el recargo de Hacienda lo pagamos nosotros.",
     "autónomos", ["trimestre", "IVA", "modelo 303", "recargo", "aviso"],
     ["cuando hay que presentar el iva", "me recordais los trimestres", "que pasa si se presenta tarde"]),
    (Q_BAJA,
     "Basta con avisarnos por correo o por WhatsApp con 15 días de antelación; no hay permanencia ni penalización y solo "
     "paga hasta el mes en que se va. Si hay un trimestre a medias, lo cerramos y lo presentamos nosotros, y le "
     "entregamos todos sus documentos y libros en un plazo de 10 días.",
     "servicio", ["baja", "cancelar", "dejar la gestoría", "permanencia", "cambiar de gestoría"],
     ["quiero dejar la gestoria", "como cancelo la cuota mensual", "me quiero ir a otra asesoria"]),
    (Q_HERENCIA,
     "Le ayudamos con toda la herencia: pedimos el certificado de defunción y el de últimas voluntades (hay que esperar 15 "
     "días hábiles desde el fallecimiento), preparamos la aceptación ante notario, el Impuesto de Sucesiones (plazo de 6 "
     "meses) y la plusvalía municipal, y cambiamos la titularidad de cuentas, pisos y vehículos. La primera visita de 30 "
     "minutos es gratis; después le damos un presupuesto cerrado, desde 350 €.",
     "herencias", ["herencia", "fallecimiento", "sucesiones", "testamento", "últimas voluntades"],
     ["ha muerto mi padre que hay que hacer", "cuanto cobrais por una herencia", "tramites de un testamento"]),
    (Q_HORARIO,
     "De lunes a jueves de 9:00 a 14:00 y de 16:00 a 19:00; los viernes de 9:00 a 14:00. En julio y agosto, de lunes a "
     "viernes de 8:00 a 15:00. Cerramos los festivos y del 15 al 19 de marzo (Fallas).",
     "oficina", ["horario", "abierto", "horas", "verano", "Fallas"],
     ["a que hora abris", "estais abiertos por la tarde", "cerrais en agosto"]),
    (Q_CITA,
     "Para la renta, las herencias y las consultas de más de 15 minutos, sí: pida cita en el 963 48 21 70, por WhatsApp al "
     "644 18 92 30 o en la web. Para entregar o recoger papeles puede venir sin cita por la mañana. Si no puede venir, "
     "avísenos con 24 horas y le damos otra hora.",
     "oficina", ["cita", "cita previa", "reservar hora", "sin cita"],
     ["hay que pedir hora", "puedo ir sin cita", "como pido cita"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye in Valencian
        ("hola buenos dias! cuanto me cobrais por hacerme la renta? y que tengo que llevar",
         "Small talk greeting + " + both(Q_RENTA, Q_DOCS) + " — 45 € individual (70 € joint or with a rented-out flat); "
         "DNI/NIE, reference number (Cl@ve or box 505 of last year's return), withholding certificates, mortgage or rent "
         "papers, donations; IBAN the first time.",
         "Only one half without pointing to the other; the self-employed monthly fee (55 €) as the price of the renta; a "
         "handover."),
        ("y hasta que dia se puede?",
         faq(Q_PLAZO) + " — campaign 2 April to 30 June (25 June if paying by direct debit); bring the papers before 15 "
         "June or 15 € urgency fee.",
         "The quarterly tax deadlines (20 April/July/October); the office hours; asking to rephrase without trying."),
        ("y os lo puedo mandar todo por whatsapp o tengo que ir en persona?",
         faq(Q_ONLINE) + " — yes: WhatsApp 644 18 92 30, e-mail or the client area, signing with Cl@ve or a digital "
         "certificate; a 20-min video call if wanted; same price.",
         "The appointment entry alone (saying she must come in); the opening hours; 'not covered'."),
        ("vinga, moltes gracies. adeu!",
         "Small talk: thanks + goodbye (Valencian: `vinga` = OK/come on, `moltes gracies` = many thanks, `adeu` = bye) "
         "— short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola, tengo una duda con un tramite",
         "Too vague to answer — choices (car transfer, renta, self-employed registration, inheritance) or a clarifying "
         "question.",
         "A handover; one entry answered at length as if sure."),
        ("mi vecino me vende su moto y no se como ponerla a mi nombre, me lo haceis vosotros?",
         TYPE + faq(Q_COCHE) + " — yes (also for motorbikes): registration certificate, technical sheet with valid ITV, "
         "signed sales contract, both DNIs; 95 € fee + DGT fee 55,70 € + transfer tax (ITP); new papers in about 5 "
         "working days, a provisional one meanwhile.",
         "Tapping an earlier choice; the self-employed entry; 'not covered' because it is a moto, not a car."),
        ("y cuanto me sale todo?",
         faq(Q_COCHE) + " — 95 € fee + 55,70 € DGT fee + the transfer tax (ITP), which depends on the model and age; an "
         "exact total cannot be given without the vehicle.",
         "The renta prices (45/70 €); the payment entry alone; inventing a fixed total including the ITP; asking what "
         "she means."),
        ("me estoy escribiendo con una maquina verdad?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("tengo un problema con lo de mi piso",
         "Too vague to answer — choices (renta with a rented flat, inheritance, a letter from Hacienda) or a clarifying "
         "question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, no va por ahi",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("me llego por correos un sobre certificado pidiendome justificantes de los gastos del piso que desgrave en 2024, "
         "pone que tengo 10 dias",
         faq(Q_CARTA) + " — do not let the deadline pass (usually 10 working days from opening it); send a photo or PDF "
         "the same day; included for monthly clients, otherwise 60 € to answer it.",
         "The documents-for-the-renta entry; the renta price; the renta deadline (30 June); a handover without the "
         "steps."),
        ("y ya que estamos, llevais tambien divorcios? necesito a alguien para el convenio con mi ex",
         "Not covered by the FAQ (near the trade: divorce / legal agreements are not in the FAQ) — says so honestly, "
         "offers a person or the phone number.",
         "Inventing a divorce service or a price; the inheritance entry as if it answered; the appointment entry as if "
         "divorces were handled."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("quiero hacerme autonoma para dar clases de pilates, que tengo que hacer? y cuanto me cobrais al mes por "
         "llevarme todo",
         both(Q_ALTA, Q_CUOTA) + " — they do both registrations (Hacienda 036/037 and Social Security RETA) in about 48 h, "
         "60 € or free with the monthly service; bring DNI, Social Security number, IBAN, work address; flat rate 80 "
         "€/month the first year; monthly service 55 € + IVA (up to 40 invoices per quarter).",
         "Only one half without pointing to the other; the payroll entry; the renta price as the monthly fee."),
        ("eso no es lo que te he preguntado. lo vuestro como se abona, se puede con visa?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGO) + " — the monthly fee "
         "by direct debit on the 5th; one-off jobs by card, Bizum or bank transfer; always an invoice with 21 % IVA "
         "within 3 days.",
         "Ignoring the complaint and repeating the previous answer; saying cards are not accepted (card is fine for "
         "one-off jobs, the monthly fee is by direct debit); a handover without answering."),
        ("madre mia, no das una. pasame con una persona de verdad, YA",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("sigue habiendo alguien ahi o que?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("hacienda me reclama 87 euros porque lo de julio a septiembre se presento fuera de fecha, y yo os pase todas las "
         "facturas el dia 3!!! llevo 6 años con vosotros y ahora esto, que verguenza",
         faq(Q_TRIM) + " — calm, acknowledges the anger: invoices were due by the 10th and he sent them on the 3rd, so "
         "if it was filed late anyway the agency pays Hacienda's surcharge; offering a person as well is fine.",
         "Saying he must pay the 87 €; a cold answer ignoring the anger; the Hacienda-letter entry alone (60 € for "
         "non-clients); a handover with no explanation."),
        ("oye, y sabes a que hora es hoy la mascleta?",
         "Not covered (unrelated: the time of today's mascletà, the Fallas firecracker show) — says it cannot help with "
         "that, no FAQ answer.",
         "The opening-hours entry (closed 15-19 March for Fallas) or any other FAQ entry; inventing a time."),
        ("mira, mejor que me llame alguien al 622 41 87 09, por la mañana si puede ser",
         "Hands over / passes on a callback request to 622 41 87 09, in the morning; no FAQ answer.",
         "Ignoring the number; only giving the office's phone number; an FAQ answer; asking to rephrase."),
        ("y eso para cuando?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "A tax deadline (20 October, 30 June); the new car papers' 5 days; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("el mes pasado cerre la persiana del bar y ahora voy a trabajar por cuenta ajena, asi que ya no voy a necesitar "
         "que me lleveis nada",
         faq(Q_BAJA) + " — telling them by e-mail or WhatsApp 15 days ahead is enough, no tie-in or penalty, pays only up "
         "to the month he leaves; an unfinished quarter is closed and filed by them; do not claim it is done. Mentioning "
         "that leaving self-employment (baja in Hacienda and RETA) is a separate step is fine.",
         "Claiming the service has been cancelled; the self-employed registration entry (alta); the monthly fee entry."),
        ("si claro",
         "Ambiguous yes — asks what he means or explains what happens next (send the notice / a person); must not claim "
         "anything was cancelled.",
         "Saying the service is now cancelled; a random FAQ entry."),
        ("y los papeles mios que teneis ahi me los dais?",
         faq(Q_BAJA) + " — yes, all his documents and books are handed over within 10 days.",
         "The documents-for-the-renta entry; the appointment entry alone; asking what papers he means without "
         "answering."),
        ("xe, es que no m'entere de res. me pasas con alguien de la oficina, nano?",
         "Hands over to a person (Valencian: `xe` = interjection, `no m'entere de res` = I don't understand a thing, "
         "`nano` = mate) — short, no FAQ answer.",
         "An FAQ answer (opening hours, appointments); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenas tardes! los viernes por la tarde abris? y hace falta cita o me paso sin mas",
         "Small talk greeting + " + both(Q_HORARIO, Q_CITA) + " — no: Fridays 9:00-14:00 only (Mon-Thu also 16:00-19:00); "
         "appointment needed for the renta, inheritances and consultations over 15 min (963 48 21 70, WhatsApp, web), "
         "dropping off or picking up papers without one in the mornings.",
         "Only one half without pointing to the other; saying they are open Friday afternoons."),
        ("y en agosto?",
         faq(Q_HORARIO) + " — July and August Mon-Fri 8:00-15:00.",
         "The renta deadline; the quarterly deadlines; asking what she means."),
        ("otra cosa, mi suegra murio en enero y nos toca lo de su piso, nos lo podeis llevar? y tambien voy a contratar a "
         "un chico para la tienda, le hariais las nominas?",
         both(Q_HERENCIA, Q_NOMINAS) + " — yes: death and last-will certificates, acceptance before a notary, "
         "inheritance tax within 6 months, plusvalía; first 30-min visit free, then a fixed quote from 350 €; payroll 18 "
         "€/month per worker, registration with contract 30 €, data 3 days before he starts. A word of sympathy is a "
         "plus.",
         "Only one half without pointing to the other; the self-employed registration entry; the price of the renta as "
         "the price of the inheritance."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
