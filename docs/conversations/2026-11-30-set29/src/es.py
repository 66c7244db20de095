"""es: Gestoría Almozara Asesores (made up), a tax and administrative advisor in Zaragoza, plain everyday Spain Spanish."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_RENTA = "¿Cuánto cuesta que me hagan la declaración de la renta?"
Q_AUTONOMO = "¿Qué incluye la cuota mensual para autónomos?"
Q_PLAZOS = "¿Cuáles son los plazos de los trimestres?"
Q_DOCS = "¿Qué documentos tengo que traer para la renta?"
Q_CERT = "¿Me pueden ayudar con el certificado digital?"
Q_CITA = "¿Cómo pido cita?"
Q_HORARIO = "¿Dónde están y cuál es su horario?"
Q_SL = "¿Cuánto cuesta constituir una sociedad limitada?"
Q_NOMINAS = "¿Llevan nóminas y seguros sociales?"
Q_HERENCIA = "¿Tramitan herencias?"
Q_PAGO = "¿Cómo se pagan sus servicios?"
Q_CANCELAR = "¿Puedo anular o cambiar mi cita?"
Q_ONLINE = "¿Se puede hacer todo sin ir a la oficina?"
Q_ALTA = "¿Me dan de alta como autónomo?"
Q_CARTA = "¿Qué hago si me llega una carta de Hacienda?"

FAQ = [
    (Q_RENTA,
     "La declaración individual cuesta 45 € y la conjunta 65 € (IVA incluido). Si tiene pisos alquilados, se suman 20 € "
     "por cada inmueble, y si es autónomo con nosotros tiene un 50 % de descuento. La campaña va de abril al 30 de junio; "
     "si sale a pagar, se puede domiciliar hasta el 25 de junio.",
     "renta", ["declaración de la renta", "IRPF", "conjunta", "borrador", "precio de la renta"],
     ["cuanto cobrais por la renta", "me haceis la declaracion", "precio declaracion conjunta"]),
    (Q_AUTONOMO,
     "La cuota es de 60 € al mes más IVA e incluye los modelos trimestrales de IVA (303) y de IRPF (130), los resúmenes "
     "anuales (390), los libros de registro y una consulta al mes por teléfono o correo. Si tiene trabajadores, las "
     "nóminas van aparte. Nuestra cuota no es la de la Seguridad Social: esa la paga usted directamente.",
     "autónomos", ["cuota mensual", "autónomo", "IVA", "trimestrales", "igualas"],
     ["cuanto cobrais a un autonomo al mes", "que me llevais si soy autonomo", "precio de la iguala"]),
    (Q_PLAZOS,
     "Los trimestres se presentan del 1 al 20 de abril, de julio y de octubre, y el cuarto del 1 al 30 de enero. Para "
     "llegar a tiempo necesitamos sus facturas antes del día 10 de esos meses. Si se presenta fuera de plazo sin que "
     "Hacienda lo pida, hay un recargo del 1 % más otro 1 % por cada mes de retraso.",
     "autónomos", ["plazos", "trimestre", "modelo 303", "fecha límite", "recargo"],
     ["cuando hay que presentar el iva", "hasta que dia tengo para el trimestre", "que pasa si presento tarde"]),
    (Q_DOCS,
     "Traiga su DNI (y el de su pareja e hijos si hacen la conjunta), el número de referencia o su certificado digital, "
     "el IBAN de su cuenta, los recibos de hipoteca si compró la vivienda antes de 2013, los contratos y gastos de pisos "
     "alquilados, los donativos y la declaración del año pasado. Si tiene dudas, tráigalo todo: en 30 minutos lo "
     "miramos.",
     "renta", ["documentos", "papeles", "DNI", "número de referencia", "qué traer"],
     ["que papeles hay que llevar", "que tengo que traer", "necesito algo para la cita de la renta"]),
    (Q_CERT,
     "Sí. Le solicitamos el certificado digital de la FNMT por 25 € y luego usted acredita su identidad en una oficina "
     "de registro (Hacienda o Seguridad Social), con cita y su DNI; suele estar listo en 2 o 3 días. Si no quiere "
     "certificado, puede darnos un apoderamiento en Hacienda y lo presentamos nosotros, gratis para clientes.",
     "trámites", ["certificado digital", "FNMT", "firma electrónica", "apoderamiento", "Cl@ve"],
     ["como saco el certificado", "necesito firma digital", "me tramitais la firma electronica"]),
    (Q_CITA,
     "Llámenos al 976 48 31 07, escríbanos por WhatsApp al 641 27 90 58 o pídala en la web. Las citas duran 30 minutos. "
     "En campaña de renta (mayo y junio) las citas se llenan con 2 semanas de antelación, así que pídala cuanto antes.",
     "citas", ["cita", "pedir cita", "reservar hora", "hueco", "agenda"],
     ["quiero una cita", "cuando me podeis atender", "teneis hueco esta semana"]),
    (Q_HORARIO,
     "Estamos en la calle de Ramón Pignatelli 58, 1.º, en Zaragoza, a 5 minutos de la parada de tranvía de Plaza del "
     "Portillo. Abrimos de lunes a viernes de 9:00 a 14:00, y martes y jueves también de 16:30 a 19:30. En mayo y junio "
     "abrimos además los sábados de 10:00 a 13:00. Hay un parking público a 200 metros.",
     "oficina", ["dirección", "horario", "oficina", "abierto", "aparcar"],
     ["donde estais", "a que hora abris", "abris por la tarde"]),
    (Q_SL,
     "Nuestros honorarios son 390 € más IVA e incluyen la reserva del nombre, los estatutos, la cita en notaría, el alta "
     "en Hacienda y la inscripción en el Registro Mercantil. Notaría y Registro van aparte (unos 250-300 €). El capital "
     "mínimo es de 1 €, aunque recomendamos al menos 3.000 €. Suele tardar de 2 a 3 semanas.",
     "empresas", ["sociedad limitada", "SL", "constituir", "crear empresa", "notaría"],
     ["cuanto cuesta montar una sl", "quiero crear una empresa", "cuanto tarda abrir una sociedad"]),
    (Q_NOMINAS,
     "Sí. Las nóminas y los seguros sociales cuestan 18 € por trabajador al mes. Un contrato nuevo con su alta en la "
     "Seguridad Social cuesta 30 € y un finiquito 40 €. Necesitamos las incidencias del mes (horas, bajas, vacaciones) "
     "antes del día 25.",
     "laboral", ["nóminas", "seguros sociales", "trabajadores", "contratos", "finiquito"],
     ["me haceis las nominas", "tengo un empleado", "cuanto cuesta hacer un contrato"]),
    (Q_HERENCIA,
     "Sí. Nos encargamos de pedir el certificado de últimas voluntades, preparar el impuesto de sucesiones (en Aragón "
     "hay 6 meses desde el fallecimiento), la plusvalía municipal y el cambio de titular en el Catastro y en los bancos. "
     "Desde 300 € más IVA, según los bienes. La primera consulta de 30 minutos es gratis.",
     "herencias", ["herencia", "sucesiones", "fallecimiento", "testamento", "heredar"],
     ["como se hace una herencia", "he heredado un piso", "cuanto cobrais por una herencia"]),
    (Q_PAGO,
     "Puede pagar con tarjeta, en efectivo o por Bizum en la oficina. Las cuotas mensuales se cobran por domiciliación "
     "el día 5 de cada mes. La constitución de sociedades y las herencias se pueden pagar en 2 plazos: la mitad al "
     "empezar y la otra mitad al terminar. Siempre le damos factura.",
     "pagos", ["pago", "tarjeta", "Bizum", "domiciliación", "factura"],
     ["como os pago", "se puede pagar con tarjeta", "puedo pagar a plazos"]),
    (Q_CANCELAR,
     "Sí, sin coste si nos avisa con al menos 24 horas por teléfono o WhatsApp (641 27 90 58), y le damos otra fecha. "
     "En campaña de renta, si no viene y no avisa 2 veces, ya no podemos reservarle cita y tendrá que enviarnos los "
     "papeles.",
     "citas", ["anular", "cancelar cita", "cambiar la cita", "no puedo ir", "aplazar"],
     ["quiero anular mi cita", "puedo cambiar el dia", "no voy a poder ir a la cita"]),
    (Q_ONLINE,
     "Sí. Puede enviarnos la documentación por correo o por WhatsApp (641 27 90 58), resolvemos las dudas por teléfono o "
     "videollamada y usted firma con su certificado digital o nos da un apoderamiento. El precio es el mismo y puede "
     "pagar por Bizum. Le respondemos en 2 días laborables.",
     "trámites", ["online", "a distancia", "por internet", "por correo", "videollamada"],
     ["puedo mandaros los papeles por whatsapp", "no puedo ir a la oficina", "lo haceis a distancia"]),
    (Q_ALTA,
     "Sí. Le damos de alta en Hacienda (modelo 036/037) y en la Seguridad Social (RETA) por 50 € más IVA; es gratis si "
     "después nos lleva la contabilidad con la cuota mensual. El primer año puede tener la tarifa plana de la Seguridad "
     "Social, 80 € al mes durante 12 meses.",
     "autónomos", ["alta de autónomo", "darse de alta", "RETA", "tarifa plana", "036"],
     ["quiero hacerme autonomo", "como me doy de alta", "cuanto se paga de autonomo al principio"]),
    (Q_CARTA,
     "Tráiganos la carta o envíenos una foto cuanto antes: normalmente hay 10 días hábiles para contestar. Si es de una "
     "declaración que hicimos nosotros, la contestamos gratis, y si el error fue nuestro, pagamos nosotros la sanción y "
     "los intereses. Si es de otra declaración, el estudio cuesta 60 € más IVA.",
     "trámites", ["carta de Hacienda", "requerimiento", "multa", "sanción", "notificación"],
     ["me ha llegado una carta de hacienda", "hacienda me pide dinero", "me han puesto una multa"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Aragonese words
        ("buenos dias! cuanto me cobrais por hacerme la renta? y que papeles tengo que llevar",
         "Small talk greeting + " + both(Q_RENTA, Q_DOCS) + " — individual 45 € (joint 65 €), +20 € per rented flat; bring "
         "DNI, reference number or certificate, IBAN, mortgage receipts if bought before 2013, last year's return.",
         "Only one half without pointing to the other; the self-employed monthly fee; a handover."),
        ("y si la hacemos juntos mi mujer y yo?",
         faq(Q_RENTA) + " — the joint return costs 65 € (VAT included).",
         "The documents entry alone; the company-setup entry (`juntos` is not a partnership); asking what he means "
         "without trying."),
        ("vale. y para cuando teneis hueco?",
         faq(Q_CITA) + " — phone 976 48 31 07, WhatsApp 641 27 90 58 or the web; 30-minute appointments; in May-June "
         "book about 2 weeks ahead.",
         "The opening hours alone without how to book; the filing deadlines; inventing a free slot."),
        ("perfecto maño, muchas gracias. hasta otro ratico!",
         "Small talk: acknowledgement + thanks + goodbye (Aragonese: `maño` = mate, `ratico` = little while) — short "
         "friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola, tengo una duda con lo de hacienda",
         "Too vague to answer — choices (income tax return, self-employed, a letter from Hacienda...) or a clarifying "
         "question.",
         "A handover; one entry answered at length as if sure."),
        ("me he puesto por mi cuenta de fontanero en marzo y no se hasta cuando tengo para lo del iva de estos meses",
         TYPE + faq(Q_PLAZOS) + " — quarters filed 1-20 April, July and October (fourth quarter 1-30 January); invoices "
         "to the office before the 10th (started in March: the first quarter was due 1-20 April).",
         "Tapping an earlier choice; the registering-as-self-employed entry only; the income tax campaign dates."),
        ("y si se me pasa?",
         faq(Q_PLAZOS) + " — filed late without Hacienda asking: surcharge of 1 % plus 1 % per month late.",
         "The letter-from-Hacienda entry as if there already was a fine; the cancel-appointment entry; asking what he "
         "means."),
        ("una pregunta, eres una persona de verdad o un programa?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas, tengo un lio con unos papeles",
         "Too vague to answer — choices (income tax, documents, certificate, inheritance...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no es nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("mi padre murio en agosto y somos tres hermanos, no sabemos que hay que hacer con su piso y las cuentas del banco",
         faq(Q_HERENCIA) + " — yes: last-wills certificate, inheritance tax (6 months from the death in Aragón), municipal "
         "capital gains tax, change of owner in the Land Registry (Catastro) and banks; from 300 € + VAT; first 30-minute "
         "consultation free. Condolences are a plus.",
         "The income-tax documents entry; 'not covered'; a handover without the entry."),
        ("y ya puestos, nos podriais vender vosotros el piso? o decirnos cuanto vale",
         "Not covered by the FAQ (near the trade: selling or valuing a flat is an estate agent's job) — says so "
         "honestly, offers a person or the phone number.",
         "Inventing a sales or valuation service; the inheritance entry as if it answered; a price for the flat."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, vamos a abrir una peluqueria mi socia y yo en el actur. cuanto cuesta montar una SL? y nos llevariais "
         "las nominas de las 2 chicas que vamos a contratar?",
         both(Q_SL, Q_NOMINAS) + " — fees 390 € + VAT (notary and registry about 250-300 € extra), minimum capital 1 €, "
         "2-3 weeks; payroll 18 € per worker a month, new contract with Social Security registration 30 €.",
         "Only one half without pointing to the other; the self-employed monthly fee instead; the registration as "
         "self-employed."),
        ("eso no es lo que te he preguntado. y se puede pagar en varias veces?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGO) + " — company setup "
         "and inheritances can be paid in 2 instalments (half at the start, half at the end); card, cash or Bizum.",
         "Ignoring the complaint and repeating the previous answer; saying no instalments are possible; a handover "
         "without answering."),
        ("pfff no hay manera contigo. pasame con alguien de la gestoria ya",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("sigue alguien por ahi??",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("hoy me ha venido un aviso de la agencia tributaria reclamandome 380 euros de la renta que me hicisteis VOSOTROS "
         "el año pasado. es una verguenza, encima que os pago 45 euros",
         faq(Q_CARTA) + " — calm, acknowledges the anger: bring the letter or send a photo soon (usually 10 working "
         "days to answer); for a return the office did, the answer is free, and if the error was the office's, the "
         "office pays the penalty and interest. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the income-tax price entry because of the 45 €; admitting the error as fact; "
         "a handover with no explanation."),
        ("oye y sabes si mañana hay tranvia con la huelga?",
         "Not covered (unrelated: tram strike in Zaragoza) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the office address with the tram stop); inventing a timetable."),
        ("da igual. que me llame la chica que me hizo la declaracion al 654 21 88 37, por la mañana antes de las 2",
         "Hands over / passes on a callback request to 654 21 88 37, in the morning before 14:00; no FAQ answer.",
         "Ignoring the number; only giving the office's phone number; an FAQ answer; asking to rephrase."),
        ("y esto para cuando?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The filing deadlines; the 10 working days to answer Hacienda; the 2-day online reply; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("el jueves tenia cita a las 5 para lo de la renta pero me ha salido un viaje de trabajo y no voy a estar",
         faq(Q_CANCELAR) + " — free if the office is told at least 24 h before (phone or WhatsApp 641 27 90 58), and a "
         "new date is given; do not claim it is done.",
         "Claiming the appointment has been cancelled or moved; the booking entry only; the income-tax price."),
        ("si venga",
         "Ambiguous yes — asks what he means or explains what happens next (call or WhatsApp / a person); must not claim "
         "anything was cancelled or moved.",
         "Saying the appointment is now cancelled; a random FAQ entry."),
        ("y si os paso los papeles por el movil y me la haceis sin ir?",
         faq(Q_ONLINE) + " — yes: send the documents by e-mail or WhatsApp, questions by phone or video call, sign with "
         "the certificate or an authorisation (apoderamiento); same price, Bizum possible; reply in 2 working days.",
         "Saying he has to come in person; the documents list only; the certificate entry only."),
        ("mira zagal, que no me aclaro con esto, pasame con alguna de la oficina ascape",
         "Hands over to a person (Aragonese: `zagal` = lad, `ascape` = quickly) — short, no FAQ answer.",
         "An FAQ answer (e.g. the office address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenas tardes! quiero empezar a dar clases de yoga por mi cuenta, me tramitais vosotros el alta? y luego "
         "cuanto me cuesta al mes",
         "Small talk greeting + " + both(Q_ALTA, Q_AUTONOMO) + " — registration with Hacienda and Social Security 50 € + "
         "VAT (free if she then takes the monthly service); flat rate of 80 €/month for 12 months to Social Security; "
         "the office's monthly fee is 60 € + VAT (quarterly filings, yearly summaries, books). Telling the two monthly "
         "amounts apart is a plus.",
         "Only one half without pointing to the other; mixing up the 80 € and the 60 €; the company-setup entry."),
        ("y lo de la firma electronica hace falta?",
         faq(Q_CERT) + " — the office can request the FNMT certificate for 25 € (identity checked at a registration "
         "office, ready in 2-3 days), or she gives the office an authorisation (apoderamiento), free for clients.",
         "The online entry alone; saying it is compulsory with no way around; asking what she means."),
        ("donde estais exactamente? y abris algun dia por la tarde? salgo de trabajar a las 4",
         faq(Q_HORARIO) + " — calle de Ramón Pignatelli 58, 1.º (tram: Plaza del Portillo); Mon-Fri 9:00-14:00, and "
         "Tuesday and Thursday also 16:30-19:30 (Saturday mornings in May-June). Mentioning the online option is a plus.",
         "Only the address or only the hours; saying they never open in the afternoon; the booking entry alone."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
