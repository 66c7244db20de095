"""es: Droguería Santa Bárbara (made up), a pharmacy with home delivery in Bogotá, Colombia; customers write Colombian
Spanish (usted/tú mixed) with a few Colombian words (qué más, chévere, parce, de una, plata, me regala, tinto, ahorita,
bacano, la vuelta)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_HORARIO = "¿Cuál es el horario de la droguería?"
Q_ZONAS = "¿A qué barrios hacen domicilios y cuánto cuesta?"
Q_TIEMPO = "¿Cuánto se demora un domicilio?"
Q_PEDIR = "¿Cómo hago un pedido a domicilio?"
Q_FORMULA = "¿Necesito fórmula médica para comprar antibióticos?"
Q_CONTROL = "¿Venden medicamentos de control?"
Q_EPS = "¿Entregan medicamentos de la EPS?"
Q_PAGO = "¿Qué medios de pago reciben?"
Q_INYEC = "¿Aplican inyecciones en la droguería?"
Q_TENSION = "¿Toman la presión arterial?"
Q_DEVOL = "¿Puedo devolver un medicamento?"
Q_ENCARGO = "¿Qué pasa si no tienen el medicamento que necesito?"
Q_FACTURA = "¿Dan factura electrónica?"
Q_GENERICO = "¿Tienen genéricos más baratos?"
Q_NEVERA = "¿Cómo llevan las insulinas y vacunas que van en nevera?"

FAQ = [
    (Q_HORARIO,
     "Lunes a sábado de 7:00 a.m. a 10:00 p.m., domingos y festivos de 8:00 a.m. a 8:00 p.m. Estamos en la Calle 53 "
     "# 27-41, barrio Galerías. Los domicilios salen hasta 30 minutos antes de cerrar.",
     "horario", ["horario", "abren", "cierran", "festivos", "dirección"],
     ["a que hora abren", "estan abiertos el domingo", "hasta que hora atienden"]),
    (Q_ZONAS,
     "Hacemos domicilios en Teusaquillo, Galerías, Palermo, Chapinero, La Soledad, Quinta Paredes y Salitre por $5.000. "
     "Barrios Unidos y Chapinero Alto cuestan $8.000. Pedidos desde $80.000 tienen domicilio gratis en todas esas zonas. "
     "No llegamos al sur ni fuera de Bogotá.",
     "domicilios", ["domicilio", "barrios", "zona", "envío", "costo"],
     ["llegan a chapinero", "cuanto vale el domicilio", "hasta donde envian"]),
    (Q_TIEMPO,
     "Entre 30 y 60 minutos en las zonas de $5.000 y hasta 90 minutos en las de $8.000. Los pedidos con fórmula o de "
     "la EPS tardan 30 minutos más porque el regente revisa la fórmula. Con lluvia fuerte puede tardar más; el "
     "domiciliario lo llama antes de llegar.",
     "domicilios", ["demora", "tiempo", "tarda", "minutos"],
     ["cuanto se demora el domicilio", "en cuanto llega", "ya va en camino"]),
    (Q_PEDIR,
     "Por WhatsApp al 310 482 7719 o llamando al 601 745 2286. Envíe nombre, dirección con barrio, el medicamento o "
     "foto de la fórmula y el medio de pago. Le confirmamos el valor total antes de despachar.",
     "domicilios", ["pedido", "pedir", "whatsapp", "teléfono"],
     ["como pido un domicilio", "cual es el numero para pedir", "por donde hago el pedido"]),
    (Q_FORMULA,
     "Sí. Antibióticos (amoxicilina, azitromicina, etc.) solo se venden con fórmula médica vigente, original o foto "
     "clara, con nombre del paciente, firma y registro del médico. La fórmula de antibiótico vale 7 días desde la fecha "
     "de expedición.",
     "fórmulas", ["fórmula", "receta", "antibiótico", "sin fórmula"],
     ["me venden amoxicilina sin formula", "necesito receta", "cuanto dura la formula"]),
    (Q_CONTROL,
     "Sí, pero solo en la droguería, nunca por domicilio: se entregan con la fórmula original del recetario oficial de "
     "control (no sirve foto), al paciente o a un adulto con la cédula del paciente y la propia, de lunes a sábado de "
     "8:00 a.m. a 6:00 p.m. cuando está el regente. Ejemplos: clonazepam, tramadol, metilfenidato.",
     "fórmulas", ["control", "controlado", "recetario", "clonazepam"],
     ["me mandan el clonazepam a la casa", "venden tramadol", "medicamentos controlados"]),
    (Q_EPS,
     "Sí, somos punto de entrega de Compensar EPS y Sanitas EPS. Traiga o envíe la fórmula y la autorización vigente "
     "con la cédula del afiliado. El domicilio de medicamentos EPS cuesta $5.000 (gratis para mayores de 65 años). "
     "Si falta algo, queda pendiente y lo entregamos en máximo 48 horas.",
     "EPS", ["EPS", "autorización", "Compensar", "Sanitas", "pendiente"],
     ["reclamo medicamentos de la eps", "me entregan lo de compensar", "quedo pendiente un medicamento"]),
    (Q_PAGO,
     "Efectivo, tarjeta débito y crédito (también en el domicilio, el domiciliario lleva datáfono), Nequi y Daviplata "
     "al 310 482 7719 y transferencia Bancolombia. No recibimos cheques.",
     "pagos", ["pago", "tarjeta", "Nequi", "Daviplata", "efectivo"],
     ["puedo pagar con nequi", "reciben tarjeta en el domicilio", "pago en efectivo"]),
    (Q_INYEC,
     "Sí, de lunes a sábado de 8:00 a.m. a 8:00 p.m. y domingos de 9:00 a.m. a 5:00 p.m., con fórmula médica. "
     "Cuesta $6.000 si el medicamento se compra aquí y $10.000 si lo trae usted. No aplicamos a domicilio ni sueros.",
     "servicios", ["inyección", "aplicar", "inyectología"],
     ["me pueden aplicar una inyeccion", "cuanto cobran por inyectar", "van a la casa a inyectar"]),
    (Q_TENSION,
     "Sí, la toma de presión arterial es gratis, sin cita, todo el horario de la droguería; la hace el auxiliar en 5 "
     "minutos y le damos un carné para anotar. Glucometría (azúcar) cuesta $8.000. No damos diagnóstico: si sale "
     "alta, consulte a su médico.",
     "servicios", ["presión", "tensión", "glucometría", "azúcar"],
     ["me toman la tension", "cuanto cuesta medir el azucar", "tomar la presion gratis"]),
    (Q_DEVOL,
     "Solo se cambian productos sin abrir, con la factura, dentro de 5 días. Medicamentos de nevera, de control y "
     "productos abiertos no tienen cambio, salvo error nuestro (producto equivocado o vencido): en ese caso se lo "
     "cambiamos o devolvemos la plata el mismo día.",
     "devoluciones", ["devolver", "cambio", "devolución", "equivocado"],
     ["me trajeron el producto equivocado", "puedo cambiar un medicamento", "me devuelven la plata"]),
    (Q_ENCARGO,
     "Lo encargamos al distribuidor: llega en 24 a 48 horas hábiles y le avisamos por WhatsApp. Si es urgente le "
     "ofrecemos un genérico con el mismo principio activo o le decimos qué droguería de la cadena lo tiene.",
     "pedidos", ["encargo", "agotado", "no hay", "disponible"],
     ["no tienen el medicamento", "me lo pueden encargar", "esta agotado"]),
    (Q_FACTURA,
     "Sí, factura electrónica a nombre de persona o empresa: pídala al pagar con cédula o NIT y correo. Llega al "
     "correo en máximo 24 horas. Si se le olvidó, escríbanos al WhatsApp 310 482 7719 el mismo mes.",
     "pagos", ["factura", "NIT", "electrónica", "correo"],
     ["necesito factura a nombre de la empresa", "me mandan la factura al correo", "olvide pedir factura"]),
    (Q_GENERICO,
     "Sí, de casi todo tenemos genérico con el mismo principio activo y registro INVIMA, entre 30 % y 70 % más "
     "barato. Ejemplo: losartán 50 mg x 30 tabletas $9.500 genérico frente a $48.000 de marca. Si la fórmula dice "
     "\"no sustituir\", damos la marca.",
     "precios", ["genérico", "barato", "marca", "precio"],
     ["hay algo mas economico", "cuanto vale el generico", "diferencia con la marca"]),
    (Q_NEVERA,
     "Insulinas, vacunas y otros de nevera van en caja térmica con gel refrigerante, solo en zonas de domicilio de "
     "$5.000 y con entrega en máximo 60 minutos; alguien debe recibirlos (no se dejan en portería). Guárdelos en la "
     "nevera entre 2 y 8 °C, nunca en el congelador.",
     "domicilios", ["insulina", "nevera", "refrigerado", "vacuna", "frío"],
     ["como mandan la insulina", "llega frio el medicamento", "lo pueden dejar en porteria"]),
]

PLAN = [
    [  # 1
        ("buenas tardes, que mas? hasta que hora estan abiertos hoy y me llega un domicilio a palermo? es que mi "
         "mama esta con gripa y yo no me puedo mover de la oficina",
         "Small talk greeting + " + both(Q_HORARIO, Q_ZONAS) + " — today Tuesday: open until 10:00 p.m. (Mon-Sat 7-22), "
         "delivery leaves until 30 min before closing; Palermo is in the $5.000 zone (free from $80.000).",
         "Only one half without pointing to the other; the Sunday hours; the $8.000 zone."),
        ("y en cuanto mas o menos le llega a ella?",
         faq(Q_TIEMPO) + " — 30-60 minutes in the $5.000 zones (Palermo); 30 min more if a prescription must be checked.",
         "The opening hours again; 'at once'; the 90-minute figure for Palermo."),
        ("listo y le pueden cobrar alla con nequi o tiene que tener efectivo? ella no maneja tarjeta",
         faq(Q_PAGO) + " — cash, cards (the rider has a card machine), Nequi and Daviplata at 310 482 7719, Bancolombia "
         "transfer; Nequi works.",
         "'Only cash on delivery'; the invoice entry; asking to rephrase."),
        ("uy chevere, mil gracias parce, que este bien, chao",
         "Small talk: acknowledgement + thanks + goodbye (`chévere` = great, `parce` = mate) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola una consulta",
         "Too vague to answer — choices (hours, delivery, prescriptions...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("al niño le mandaron amoxicilina el pediatra pero perdi el papel, solo tengo la foto en el celular de hace "
         "como 3 dias, eso me sirve?",
         TYPE + faq(Q_FORMULA) + " — a clear photo is accepted, with patient name, doctor's signature and registration; "
         "an antibiotic prescription is valid 7 days (3 days old: still fine).",
         "Tapping a choice; 'you need the original'; selling it without any prescription; the controlled-medicine entry."),
        ("y de la de marca a la otra cuanto cambia el precio mas o menos",
         faq(Q_GENERICO) + " — generics with the same active ingredient and INVIMA registration, 30-70 % cheaper (the "
         "losartán example); brand if the prescription says \"no sustituir\".",
         "Inventing an exact amoxicillin price; 'not covered'."),
        ("oiga y usted es una persona o un robot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("buenos dias es por lo de mi papa",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("mi papa tiene 72 años y el doctor del plan de salud le mando losartana y metformina con la orden ya "
         "aprobada, yo no alcanzo a ir a reclamarlas, ustedes se las llevan a la casa en la soledad? cuanto toca pagar",
         faq(Q_EPS) + " — yes, if his EPS is Compensar or Sanitas (the customer does not say which; asking is good): "
         "prescription + valid authorisation + ID of the affiliate; EPS delivery $5.000 but FREE for over-65s (he is "
         "72); missing items within 48 h.",
         "Charging $5.000; the generics entry; the general delivery fees only."),
        ("y de paso no me alquilan una silla de ruedas para el? se cayo la semana pasada",
         "Not covered (near the trade: renting a wheelchair / medical equipment is not in the FAQ) — says so honestly, "
         "may offer a person.",
         "Inventing a rental or price; the returns entry; a random entry."),
    ],
    [  # 4
        ("necesito que me apliquen una inyeccion de diclofenaco y de paso me tomen la tension, a que hora puedo ir "
         "el domingo y cuanto vale?",
         both(Q_INYEC, Q_TENSION) + " — Sunday injections 9:00 a.m.-5:00 p.m., with prescription, $6.000 if bought "
         "here / $10.000 if brought; blood pressure free, no appointment.",
         "Only one half without pointing to the other; weekday hours for Sunday; charging for the blood pressure check."),
        ("no me respondio bien, yo ya tengo la ampolla que me dieron en el hospital, cuanta plata llevo en total",
         "Acknowledges the push-back + " + faq(Q_INYEC) + " — brought by the customer: $10.000; blood pressure free → "
         "$10.000 in total. (`plata` = money.)",
         "Repeating the first answer unchanged; $6.000; adding a fee for the pressure check."),
        ("ay no, que pereza con esto, paseme con alguien de verdad por favor que no tengo todo el dia",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("aloo? alguien?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("QUE FALTA DE SERIEDAD!!! pedi un jarabe para la tos de la niña y me mandaron uno para adultos, ya le "
         "pague 32 mil al muchacho y ahora que hago con eso",
         faq(Q_DEVOL) + " — calm, apologises: a wrong product is the shop's error → exchanged or money back the same day "
         "(even if opened). Offering a person as well is fine.",
         "Cold answer ignoring the anger; '5 days, unopened only, with invoice' as a refusal; the delivery-time entry."),
        ("otra cosa, usted sabe si el transmilenio de la caracas esta funcionando hoy? hay paro",
         "Not covered (unrelated: TransMilenio bus service / a strike) — says it cannot help with that, no FAQ answer.",
         "Inventing bus information; the delivery-time entry because of the strike."),
        ("bueno, que me llame el administrador al 315 904 2137 despues de las 5 de la tarde",
         "Hands over / passes on a callback request to 315 904 2137 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's WhatsApp; an FAQ answer."),
        ("y eso se demora mucho? o me llaman ahorita",
         AFTER + "Waiting — about the callback (`ahorita` = right now / soon): reassures, no invented time; no FAQ answer.",
         "The delivery-time entry (30-60 min) because of `demora`; promising an exact time."),
    ],
    [  # 6
        ("hace una hora les pedi por whatsapp unas toallitas y un ibuprofeno pero ya mi esposo paso y los compro en "
         "otro lado, entonces ya no me lo manden, eso ya lo pagaron?",
         faq(Q_PEDIR) + " — the order went through WhatsApp 310 482 7719 (or 601 745 2286); the total is confirmed "
         "before dispatch, so she should write/call there at once to stop it. Must not claim the order is stopped; "
         "unopened items can be returned within 5 days with the invoice if it already arrived.",
         "Claiming the order is cancelled; the delivery-time entry; 'money lost'."),
        ("ah bueno si",
         "Ambiguous yes — asks what she wants (stop the order? return it?) or explains the next step; must not claim "
         "anything is cancelled or refunded.",
         "Saying the order is now stopped or the money sent back; a random FAQ entry."),
        ("y si ya viene en camino me lo reciben de vuelta cerrado?",
         faq(Q_DEVOL) + " — unopened products with the invoice within 5 days can be returned/exchanged.",
         "'No returns ever'; the delivery-time entry; 'not covered'."),
        ("ay parcero, yo no le entiendo a esto, me regala con alguien de la drogueria de una porfa",
         "Hands over to a person (`parcero` = mate, `me regala` = can I have, `de una` = right away) — short, no FAQ "
         "answer.",
         "Offering something for free because of `regala`; another FAQ answer; asking to rephrase."),
    ],
    [  # 7
        ("buenas noches, el endocrino le cambio la insulina a mi abuela y la de ella no la tienen en ninguna parte, "
         "ustedes la consiguen? y como hacen para que llegue fria?",
         "Small talk greeting + " + both(Q_ENCARGO, Q_NEVERA) + " — ordered from the distributor, 24-48 working hours, "
         "WhatsApp notice (or a generic / another branch); cold chain: thermal box with gel, only $5.000 zones, max 60 "
         "min, someone must receive it, fridge 2-8 °C.",
         "Only one half without pointing to the other; 'leave it with the doorman'; promising it today."),
        ("ella vive en salitre pero en un conjunto, el celador siempre recibe todo",
         faq(Q_NEVERA) + " — Salitre is a $5.000 zone so cold delivery works, but it is not left at the gate: someone must "
         "receive it in person.",
         "'The doorman can take it'; the $8.000 fee; 'not covered'."),
        ("ah listo. y me sale la factura a nombre de mi empresa? y de paso le mandan el clonazepam que ella toma "
         "para dormir, tengo la formula de control",
         both(Q_FACTURA, Q_CONTROL) + " — electronic invoice with NIT and e-mail, in the mail within 24 h; controlled "
         "medicines are NEVER delivered: only in the shop (Mon-Sat 8:00 a.m.-6:00 p.m.), original official prescription "
         "(no photo), patient's and collector's ID.",
         "Only one half without pointing to the other; sending the clonazepam with the insulin; accepting a photo."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
