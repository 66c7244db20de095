"""es: Piscinas Azul Turquesa (made up), pool cleaning and maintenance in Pozos de Santa Ana, San José, Costa Rica;
the owner writes standard Costa Rican Spanish (usted), customers write everyday Costa Rican Spanish (upe, mae, diay,
tuanis, qué chiva, pura vida, sobres, al chile, chunche, pura paja, despiche, estar de chicha, brete, qué torta, tata,
güilas, vara, se duran, matar la culebra, verde perico). The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PLANES = "¿Cuánto cuesta el mantenimiento mensual?"
Q_ZONAS = "¿A qué zonas van y qué día pasan?"
Q_VERDE = "¿Pueden recuperar una piscina con el agua verde?"
Q_QUIMICOS = "¿Venden químicos para piscina?"
Q_BOMBA = "¿Reparan bombas y filtros?"
Q_FUGA = "¿Detectan fugas de agua?"
Q_NADAR = "¿Cuándo se puede volver a nadar después de una visita?"
Q_LLUVIA = "¿Qué pasa con las visitas cuando llueve?"
Q_PAGO = "¿Cómo se paga?"
Q_CANCELAR = "¿Cómo cancelo o pauso el plan?"
Q_RECLAMO = "¿Qué hago si no estoy satisfecho con una visita?"
Q_TIENDA = "¿Dónde está la tienda y qué horario tiene?"
Q_VACIAR = "¿Hacen vaciado y lavado de la piscina?"
Q_COBERTOR = "¿Venden cobertores para piscina?"
Q_SALINA = "¿Trabajan con piscinas de agua salada?"

FAQ = [
    (Q_PLANES,
     "Plan semanal (1 visita por semana): piscinas de hasta 40 m³ ₡48.000 al mes; de 40 a 80 m³ ₡65.000 al mes; más de "
     "80 m³, con cotización. Plan quincenal (1 visita cada 2 semanas), hasta 40 m³: ₡32.000 al mes. Cada visita incluye "
     "aspirado, cepillado de paredes, limpieza de canastas y skimmer, retrolavado del filtro, medición de cloro y pH, y "
     "el cloro y el regulador de pH necesarios. Los demás químicos se cobran aparte.",
     "planes", ["mantenimiento", "mensual", "plan", "precio", "visita semanal"],
     ["cuánto cobran por limpiar la piscina cada semana", "precio del plan quincenal", "qué incluye el mantenimiento"]),
    (Q_ZONAS,
     "Cada zona tiene un día fijo de ruta: Santa Ana y Escazú los lunes; Lindora y Ciudad Colón los martes; Belén los "
     "miércoles; Rohrmoser y Sabana los jueves; Heredia centro los viernes (recargo de ₡8.000 al mes). Las visitas son "
     "entre 7:00 y 15:00 y duran de 45 a 60 minutos; no hace falta que haya alguien en la casa si el técnico tiene "
     "acceso. No atendemos Puriscal, Cartago, Guanacaste ni Puntarenas.",
     "planes", ["zona", "ruta", "día de visita", "Escazú", "Heredia"],
     ["llegan hasta Belén", "qué día vienen a Escazú", "trabajan en Cartago"]),
    (Q_VERDE,
     "Sí. Hacemos tratamiento de choque, floculante y aspirado a desagüe en 2 o 3 visitas durante 3 a 5 días: ₡55.000 "
     "hasta 40 m³ y ₡80.000 hasta 80 m³, químicos incluidos. Si el agua tiene más de 2 meses sin tratar puede hacer "
     "falta un vaciado. No use la piscina hasta que el técnico la libere.",
     "tratamientos", ["agua verde", "recuperación", "choque", "algas", "turbia"],
     ["la piscina se puso verde", "tiene algas", "el agua está turbia"]),
    (Q_QUIMICOS,
     "Sí, en la tienda y a domicilio: cloro granulado 70 % en balde de 10 kg ₡42.000; pastillas de cloro de 3 pulgadas "
     "₡9.500 el kilo; regulador de pH ₡6.800 el kilo; alguicida ₡7.500 el litro; kit de medición de cloro y pH ₡12.000. "
     "Los clientes con plan tienen el cloro y el regulador de pH incluidos en las visitas y 10 % de descuento en lo "
     "demás. Entrega sin costo en nuestras zonas desde ₡25.000; por debajo, ₡3.000.",
     "tienda", ["químicos", "cloro", "pastillas", "alguicida", "kit"],
     ["cuánto vale el balde de cloro", "venden pastillas", "me llevan los químicos a la casa"]),
    (Q_BOMBA,
     "Sí. Diagnóstico a domicilio ₡18.000 (se rebaja si hacemos la reparación), en 48 horas hábiles. Cambio de sello "
     "mecánico de la bomba ₡35.000 con repuesto. Cambio de arena del filtro (hasta 24 pulgadas) ₡60.000 en su casa o "
     "₡45.000 si trae el filtro al taller de la tienda, listo en 2 días hábiles; se recomienda cada 3 a 5 años. Bomba "
     "nueva de 1 HP instalada desde ₡215.000, con 1 año de garantía.",
     "reparaciones", ["bomba", "filtro", "motor", "arena", "reparación"],
     ["la bomba hace ruido", "cada cuánto se cambia la arena", "cuánto vale una bomba nueva"]),
    (Q_FUGA,
     "Si el nivel baja más de 1 cm por día sin usar la piscina (la evaporación normal en verano es de unos 0,5 cm), "
     "puede haber una fuga. La detección con tinte y prueba de presión de tuberías cuesta ₡75.000 e incluye un informe "
     "con fotos; se hace en 5 días hábiles. La reparación se cotiza aparte.",
     "reparaciones", ["fuga", "nivel", "pierde agua", "bajando", "detección"],
     ["la piscina pierde agua", "el nivel baja mucho", "creo que hay una fuga"]),
    (Q_NADAR,
     "Después de una visita normal de mantenimiento se puede nadar a los 30 minutos. Después de un tratamiento de choque "
     "o de una recuperación de agua verde, hay que esperar al menos 24 horas y hasta que el cloro libre esté entre 1 y "
     "3 ppm; el técnico lo confirma por WhatsApp. Los perros pueden nadar con el mismo cloro; conviene bañarlos después.",
     "tratamientos", ["nadar", "bañarse", "esperar", "niños", "mascotas"],
     ["cuándo pueden meterse los niños", "el perro se puede bañar en la piscina", "cuánto hay que esperar después del cloro"]),
    (Q_LLUVIA,
     "Con lluvia normal la visita se hace igual. Con tormenta eléctrica se pasa al siguiente día hábil sin costo. En "
     "época lluviosa (mayo a noviembre) los aguaceros bajan el cloro y suben el nivel: si después de un aguacero fuerte "
     "necesita una visita extra, cuesta ₡15.000.",
     "planes", ["lluvia", "aguacero", "tormenta", "invierno", "temporal"],
     ["vienen aunque llueva", "qué pasa si hay tormenta", "después del aguacero se puso fea"]),
    (Q_PAGO,
     "Por SINPE Móvil al 8814-2376, transferencia al BAC o al BCR, tarjeta con datáfono en la visita, o efectivo en la "
     "tienda. Los planes mensuales se pagan por adelantado en los primeros 5 días de cada mes. Emitimos factura "
     "electrónica.",
     "pagos", ["pago", "SINPE", "tarjeta", "factura", "transferencia"],
     ["puedo pagar por SINPE", "aceptan tarjeta", "me dan factura electrónica"]),
    (Q_CANCELAR,
     "El plan no tiene permanencia: se cancela por WhatsApp al 8814-2376 con 15 días de anticipación. Las visitas ya "
     "pagadas que queden después de la fecha de baja se devuelven a ₡12.000 cada una por SINPE Móvil en 3 días hábiles. "
     "También puede pausar el plan hasta 2 meses sin costo, por ejemplo por un viaje.",
     "planes", ["cancelar", "pausar", "dar de baja", "suspender", "devolución"],
     ["quiero cancelar el servicio", "puedo congelar el plan mientras viajo", "me devuelven lo pagado"]),
    (Q_RECLAMO,
     "Si el técnico no llegó el día de su ruta, o el agua queda turbia o verde en las 48 horas siguientes a una visita, "
     "escríbanos por WhatsApp al 8814-2376 con una foto: hacemos una visita de corrección gratis en menos de 24 horas, "
     "también los sábados, y la visita que no se hizo se descuenta del mes siguiente (₡12.000). Si el agua se puso "
     "verde por nuestra falla, la recuperación corre por nuestra cuenta.",
     "planes", ["reclamo", "queja", "técnico no llegó", "mal servicio", "visita de corrección"],
     ["el técnico no vino", "quiero poner una queja", "después de la visita el agua quedó turbia"]),
    (Q_TIENDA,
     "Pozos de Santa Ana, del Más x Menos 300 metros al oeste. Lunes a viernes de 8:00 a 17:00 y sábados de 8:00 a 12:00; "
     "domingos y feriados cerrado. Teléfono 2282-4519, WhatsApp 8814-2376.",
     "tienda", ["tienda", "horario", "dirección", "abren", "sábado"],
     ["dónde quedan", "abren los sábados", "a qué hora cierran"]),
    (Q_VACIAR,
     "Sí: vaciado, lavado con ácido, revisión de azulejos y llenado, ₡140.000 hasta 40 m³ y ₡190.000 hasta 80 m³, en 2 "
     "días. El agua de llenado la paga el cliente; si no alcanza la presión, una cisterna de 10 m³ cuesta ₡60.000. Se "
     "recomienda cada 3 a 5 años. En época lluviosa no la dejamos vacía más de 1 día. No pintamos ni cambiamos azulejos.",
     "tratamientos", ["vaciar", "lavado", "ácido", "llenar", "cisterna"],
     ["cuánto cobran por vaciar la piscina", "hacen lavado con ácido", "quitan las manchas del fondo"]),
    (Q_COBERTOR,
     "Sí. Cobertor térmico de burbuja: ₡8.500 por m², medido e instalado en 5 días hábiles; evita hojas y evaporación y "
     "sube la temperatura del agua de 2 a 4 °C. Cobertor de seguridad que aguanta el peso de un niño: desde ₡38.000 por "
     "m², en 3 semanas.",
     "tienda", ["cobertor", "lona", "tapar", "hojas", "temperatura"],
     ["tienen lonas para tapar la piscina", "cuánto vale un cobertor", "algo para que no caigan hojas"]),
    (Q_SALINA,
     "Sí. El mantenimiento de una piscina salina cuesta lo mismo que el de cloro; la limpieza de la celda del clorador se "
     "hace cada 3 meses y cuesta ₡20.000. Sal para piscina, saco de 25 kg, ₡9.800. Instalamos cloradores salinos desde "
     "₡390.000 para piscinas de hasta 60 m³.",
     "planes", ["salina", "sal", "clorador", "agua salada", "celda"],
     ["dan mantenimiento a piscinas de sal", "cuánto cuesta pasar la piscina a sal", "venden sal"]),
]

PLAN = [
    [  # 1
        ("upe, buenas tardes! nos pasamos a una casa en Lindora que trae piscina y la verdad ni idea de cómo se cuida "
         "jaja. cuánto me cobrarían por venir todas las semanas? y hasta allá llegan?",
         "Small talk greeting + " + both(Q_PLANES, Q_ZONAS) + " — weekly plan ₡48.000 a month up to 40 m³, ₡65.000 "
         "for 40-80 m³ (basic chlorine and pH included); Lindora is on the Tuesday route, visits between 7:00 and "
         "15:00. (`upe` = hello, said at someone's door.)",
         "Only one half without pointing to the other; the Heredia surcharge; 'we don't go to Lindora'; an invented "
         "price."),
        ("es como de 8 por 4 y metro y medio de hondo, más o menos",
         faq(Q_PLANES) + " — about 48 m³, so the 40-80 m³ tier: ₡65.000 a month on the weekly plan (doing the sum is a "
         "plus; stating both tiers is acceptable).",
         "The draining entry (`metro`, `hondo`); the leak entry; the zones again without the price; ₡48.000 as if the "
         "pool were under 40 m³."),
        ("ok. y el cloro va incluido o se lo compro aparte a ustedes? tienen pastillas?",
         faq(Q_QUIMICOS) + " — on a plan the chlorine and pH regulator for the visits are included, other chemicals "
         "10 % off; 3-inch chlorine tablets ₡9.500 a kilo; free delivery in the zones from ₡25.000, otherwise ₡3.000.",
         "'Chemicals are always extra'; only the plan price again without the tablets; the salt-water entry."),
        ("tuanis mae, qué chiva. pura vida, muchas gracias! el martes le escribo, sobres",
         "Small talk: acknowledgement + thanks + goodbye (`tuanis` = cool, `mae` = mate, `qué chiva` = great, `pura "
         "vida` = thanks / all good, `sobres` = bye) — short friendly close.",
         "The Tuesday route or the shop hours for `el martes`; a long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola buenas, fíjese que le quería preguntar algo",
         "Too vague to answer — choices (maintenance, green water, repairs...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("la nuestra parece una sopa de arvejas, ya ni se ve el fondo. desde las vacaciones de medio año nadie la "
         "tocó. eso tiene arreglo? los güilas quieren estrenarla en navidad",
         TYPE + faq(Q_VERDE) + " — shock treatment, flocculant and vacuum to waste in 2-3 visits over 3-5 days: "
         "₡55.000 up to 40 m³, ₡80.000 up to 80 m³, chemicals included; after more than 2 months untreated a draining "
         "may be needed (here about 5 months); no swimming until the technician releases it. (`güilas` = kids.)",
         "Tapping a choice; the monthly plan alone; the draining entry alone as if it were certain; the pump repair "
         "entry; 'we can't help'."),
        ("y despues de echarle todo eso, cuanto hay que esperar pa meterse?",
         faq(Q_NADAR) + " — after a shock or a green-water recovery at least 24 hours and until free chlorine is 1-3 "
         "ppm, confirmed by the technician on WhatsApp (30 minutes only after an ordinary visit).",
         "'30 minutes' as the whole answer; the green-water entry again without the wait; the chemicals shop entry."),
        ("mae al chile, usted es una persona o es un chunche automático? diay es que contesta rapidísimo",
         "Small talk: are you a bot (`al chile` = honestly, `chunche` = thing, gadget, `diay` = well) — honest: an "
         "automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("buenas, hace como un mes ando con una vara con la piscina",
         "Too vague to answer — choices (repairs, leaks, green water...) or a clarifying question. (`una vara` = an "
         "issue, a thing.)",
         "A handover; one entry answered as if sure."),
        ("no, nada que ver",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("cada mañana le falta más, como dos dedos por día, y ni la estamos usando. ya le metí la manguera tres veces "
         "esta semana y el recibo del AyA va a venir carisimo",
         faq(Q_FUGA) + " — more than 1 cm a day without use (evaporation is about 0,5 cm in summer) suggests a leak; "
         "dye and pressure test ₡75.000 with a photo report, done within 5 working days; the repair is quoted "
         "separately. (`AyA` = the water utility.)",
         "The payment entry (`recibo`); the draining/refilling entry; the rain entry; a complaint procedure."),
        ("y ustedes construyen piscinas también? mi cuñado quiere hacer una en la finca en Puriscal",
         "Not covered (near the trade: building a new pool, not offered; Puriscal is outside the zones anyway) — says "
         "so honestly, may offer a person; no price.",
         "Inventing a construction price; the monthly plan; the salt-chlorinator installation as if it were a pool; "
         "the zones entry alone without saying building is not offered."),
    ],
    [  # 4
        ("la mía es de agua salada, eso le cambia el precio del mantenimiento? y se puede pagar por SINPE?",
         both(Q_SALINA, Q_PAGO) + " — salt pools cost the same to maintain; the chlorinator cell is cleaned every 3 "
         "months for ₡20.000; SINPE Móvil to 8814-2376 accepted (also bank transfer, card, cash in the shop); plans "
         "paid in advance in the first 5 days of the month.",
         "Only one half without pointing to the other; a surcharge invented for salt; 'cash only'."),
        ("no no, no le pregunté eso. lo que quiero saber es si me pueden poner algo encima para que no se me llene de "
         "basura del palo de mango del vecino. cuánto sale y cuánto tardan?",
         "Acknowledges the push-back + " + faq(Q_COBERTOR) + " — thermal bubble cover ₡8.500 per m², measured and "
         "fitted within 5 working days (also warms the water 2-4 °C); a safety cover from ₡38.000 per m², 3 weeks. "
         "(`palo de mango` = mango tree.)",
         "Repeating the salt/payment answer; the monthly plan (`limpiar la basura`); 'we don't sell covers'."),
        ("otra vez pura paja!! esto no sirve pa nada, qué despiche. páseme ya con alguien de la oficina que ya me "
         "tienen de chicha",
         "Push-back (second time in a row) + request for a person (annoyed; `pura paja` = nonsense, `despiche` = mess, "
         "`estar de chicha` = to be fed up, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("diay? nadie? sigo esperando aquí",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("NO PUEDE SER. el muchacho de ustedes tenía que venir el jueves aquí a Rohrmoser y nunca apareció, ni un "
         "mensaje, mató la culebra. hoy es sábado, a las 4 tengo 30 invitados pal cumple de mi hija y aquello está "
         "verde perico. yo pago 65 mil al mes para esto???",
         faq(Q_RECLAMO) + " — calm, apologises: send a photo by WhatsApp to 8814-2376; a free correction visit within "
         "24 hours, also on Saturdays; the missed visit (₡12.000) is deducted from next month; a green pool caused by "
         "their failure is recovered at their cost (and no swimming until released). (`matar la culebra` = to slack "
         "off, `verde perico` = parrot green.)",
         "Cold rule ignoring the anger; the green-water price as if the customer had to pay ₡80.000; the zones entry "
         "(`jueves`, `Rohrmoser`); promising the pool will be fine by 4 o'clock."),
        ("oiga y de casualidad sabe a qué hora cierra hoy el Multiplaza de Escazú?",
         "Not covered (unrelated: a shopping mall's hours) — says it cannot help with that, no FAQ answer.",
         "Inventing the mall's hours; the shop's own Saturday hours as if they were the mall's; the Escazú route."),
        ("que me llame don Mauricio al 8703-5521 el lunes temprano, antes de las 7:30 que después entro al brete",
         "Hands over / passes on a callback request to 8703-5521 on Monday (7 December) early, before 7:30; no FAQ "
         "answer. (`brete` = work; don Mauricio is taken to be the owner; the shop opens at 8:00, so the reply must "
         "not promise the time.)",
         "Ignoring the number or the time; only giving the shop's phone; the shop hours as the answer."),
        ("y se duran mucho en llamar? no me quiero quedar pegada al celular toda la mañana",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer. (`se duran` = take, Costa "
         "Rican for `tardan`.)",
         "The 24-hour correction visit or the 48-hour repair time as the answer; promising an exact time."),
    ],
    [  # 6
        ("buenas, tengo el plan semanal con ustedes en Escazú. a mi esposo le salió un brete en Panamá y nos vamos el "
         "18 de diciembre, la casa queda vacía hasta que la vendamos, entonces ya no nos va a hacer falta el servicio",
         faq(Q_CANCELAR) + " — no minimum term: notice by WhatsApp to 8814-2376, 15 days ahead (written on 2 December, "
         "so the 18th is possible when sent in time); visits already paid after the end date are refunded at ₡12.000 "
         "each by SINPE Móvil within 3 working days; pausing up to 2 months is also possible. Must not claim the plan "
         "is cancelled.",
         "Claiming it is cancelled now; the zones entry; the payment entry; 'a penalty applies'."),
        ("mmm bueno, diay",
         "Ambiguous yes — asks whether to cancel (or pause) the plan, or explains the next step; must not claim "
         "anything is cancelled or paused.",
         "Saying the plan is now cancelled; a random FAQ entry; a goodbye."),
        ("y lo de diciembre que ya les pagué completo por SINPE, eso me lo devuelven?",
         faq(Q_CANCELAR) + " — the paid visits after the end date are refunded at ₡12.000 each by SINPE Móvil within 3 "
         "working days (Escazú is visited on Mondays: 21 and 28 December, so ₡24.000 — computing it is a plus).",
         "The payment entry (SINPE number) as the answer; 'paid months are never refunded'; the complaint entry's "
         "₡12.000 discount."),
        ("uy qué torta, ya me enredé con todo esto. me comunica con alguien de la oficina porfa? con una persona de "
         "verdad",
         "Hands over to a person (`qué torta` = what a mess, `me enredé` = I got muddled) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("buenos días! abren el sábado? y si les llevo el filtro pa que le cambien la arena, me lo hacen ahí mismo?",
         "Small talk greeting + " + both(Q_TIENDA, Q_BOMBA) + " — Saturdays 8:00-12:00 (weekdays 8:00-17:00), Pozos de "
         "Santa Ana, 300 m west of the Más x Menos; filter sand change ₡45.000 when the filter is brought to the "
         "shop's workshop, ready in 2 working days (₡60.000 at home).",
         "Only one half without pointing to the other; 'open Sundays'; 'done while you wait'; the chemicals shop."),
        ("otra cosa, la de mi tata en Ciudad Colón es viejísima, de esas de azulejito celeste, y por dentro tiene unas "
         "manchotas negras que no salen ni con cepillo. hay que sacarle toda el agua? ustedes se encargan de eso?",
         faq(Q_VACIAR) + " — draining, acid wash, tile check and refill: ₡140.000 up to 40 m³, ₡190.000 up to 80 m³, 2 "
         "days; the refill water is paid by the customer (a 10 m³ tanker ₡60.000 if the pressure is too low); no "
         "painting or tile replacement. (`mi tata` = my dad.)",
         "The green-water entry; the leak entry; the monthly plan; promising to replace the tiles."),
        ("y eso cuanto dura? ah y en invierno con esos aguaceros de la tarde, el muchacho viene igual a la nuestra?",
         both(Q_VACIAR, Q_LLUVIA) + " — the draining and washing takes 2 days (in the rainy season the pool is not left "
         "empty more than 1 day); visits go ahead in ordinary rain, with an electric storm they move to the next "
         "working day free of charge; an extra visit after a heavy downpour ₡15.000. (`invierno` = the rainy season.)",
         "Only one half without pointing to the other; 'no visits in the rainy season'; the price list again."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
