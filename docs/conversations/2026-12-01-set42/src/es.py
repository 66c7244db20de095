"""es: Taller y Cauchos Hermanos Rangel (made up), a car-repair and tyre workshop in Caracas, Venezuela; customers
write Venezuelan Spanish (chamo, pana, chévere, vaina, burda de, cauchos, carro, ladilla, na' guará, fino, arrecho)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_ACEITE = "¿Cuánto cuesta el cambio de aceite?"
Q_FRENOS = "¿Cuánto cuesta revisar y cambiar las pastillas de freno?"
Q_CAUCHOS = "¿Qué cauchos venden y a qué precio?"
Q_MONTAJE = "¿Cuánto cobran por montar y balancear cauchos que yo traigo?"
Q_ALINEACION = "¿Hacen alineación?"
Q_DIAG = "¿Hacen diagnóstico por computadora?"
Q_CITA = "¿Necesito cita o puedo llegar sin avisar?"
Q_HORARIO = "¿Cuál es el horario del taller?"
Q_GARANTIA = "¿Qué garantía tienen las reparaciones?"
Q_REPUESTOS = "¿Puedo traer mis propios repuestos?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_RETIRO = "¿Cómo retiro el carro cuando está listo?"
Q_UBICACION = "¿Dónde queda el taller?"
Q_PRESUPUESTO = "¿Me dan un presupuesto antes de hacer el trabajo?"
Q_BATERIA = "¿Venden y cambian baterías?"

FAQ = [
    (Q_ACEITE,
     "Con filtro incluido y hasta 4 litros: aceite mineral 25 $, semisintético 35 $, sintético 55 $. Cada litro extra "
     "8 $ (sintético). Tarda 30 a 40 minutos y no necesita cita de lunes a viernes.",
     "servicios", ["aceite", "filtro", "sintético", "lubricación"],
     ["cuanto sale el cambio de aceite", "tienen aceite sintetico", "cada cuanto cambio el aceite"]),
    (Q_FRENOS,
     "La revisión de frenos es gratis (15 minutos). Cambio de pastillas delanteras: 20 $ de mano de obra más las "
     "pastillas desde 28 $; rectificar discos 12 $ cada uno. Se hace el mismo día en 1 hora y media a 2 horas.",
     "servicios", ["frenos", "pastillas", "discos", "rectificar", "bandas"],
     ["me revisan los frenos", "cuanto cuestan las pastillas", "rectifican discos"]),
    (Q_CAUCHOS,
     "Cauchos nuevos con 1 año de garantía de fábrica: rin 13 desde 48 $, rin 14 desde 55 $, rin 15 desde 65 $, rin 16 "
     "desde 80 $, rin 17 de 85 a 120 $ (cada uno). Comprando 4 el montaje y balanceo son gratis. No vendemos cauchos "
     "usados.",
     "cauchos", ["cauchos", "neumáticos", "rin", "precio", "nuevos"],
     ["cuanto cuesta un caucho", "tienen cauchos rin 15", "venden cauchos usados"]),
    (Q_MONTAJE,
     "Si trae sus cauchos: montaje y balanceo 4 $ por caucho (16 $ los 4). Reparar un pinchazo 3 $, válvula nueva 1 $. "
     "Rotación de los 4 cauchos 6 $.",
     "cauchos", ["montaje", "balanceo", "pinchazo", "rotación", "válvula"],
     ["cuanto por montar cauchos", "me balancean los cauchos", "arreglan un caucho espichado"]),
    (Q_ALINEACION,
     "Sí, alineación computarizada: 15 $ carro, 20 $ camioneta, unos 40 minutos y sin cita. Recomendada cada 10.000 km "
     "o al cambiar cauchos; si el volante queda torcido después, la revisamos gratis en 15 días.",
     "cauchos", ["alineación", "volante", "desviado", "computarizada"],
     ["cuanto cuesta alinear", "el carro se va para un lado", "hacen alineacion a camionetas"]),
    (Q_DIAG,
     "Sí, escaneo con computadora: 15 $, unos 30 minutos, con cita. Le damos el informe de códigos de falla. Si hace la "
     "reparación con nosotros en los 7 días siguientes, los 15 $ se descuentan.",
     "servicios", ["diagnóstico", "escáner", "computadora", "check engine", "falla"],
     ["me escanean el carro", "cuanto cuesta el escaner", "se me prendio el check engine"]),
    (Q_CITA,
     "Cambio de aceite, cauchos, alineación y baterías: sin cita, por orden de llegada. Frenos, diagnóstico y motor: con "
     "cita por WhatsApp 0414-318 27 65 con 1 día de anticipación. Para cambiar o anular una cita avise por el mismo "
     "WhatsApp al menos 2 horas antes; no tiene costo.",
     "citas", ["cita", "agendar", "llegada", "anular", "WhatsApp"],
     ["como saco una cita", "puedo ir sin cita", "quiero cambiar mi cita"]),
    (Q_HORARIO,
     "Lunes a viernes de 7:30 a 17:00 y sábados de 8:00 a 13:00 (sábado solo sin cita: aceite, cauchos y alineación). "
     "Domingos y feriados cerrado. El último carro se recibe a las 16:00.",
     "horario", ["horario", "abren", "cierran", "sábado", "domingo"],
     ["a que hora abren", "trabajan los sabados", "hasta que hora reciben carros"]),
    (Q_GARANTIA,
     "Mano de obra: 3 meses o 5.000 km, lo que ocurra primero. Repuestos que vendemos: la garantía del fabricante "
     "(pastillas 6 meses, baterías 12 meses, cauchos 1 año por defecto de fábrica, no por golpes ni pinchazos). Traiga el "
     "carro con la factura; la revisión por garantía es gratis y sin cita de lunes a viernes.",
     "garantía", ["garantía", "reclamo", "factura", "meses"],
     ["tienen garantia", "me fallo la reparacion", "cuanto dura la garantia"]),
    (Q_REPUESTOS,
     "Sí, con el mismo precio de mano de obra. Deben ser nuevos y del modelo correcto; si la pieza no sirve se cobra el "
     "tiempo perdido (10 $ por hora). Con repuestos del cliente la mano de obra tiene 30 días de garantía y la pieza no "
     "tiene garantía del taller.",
     "repuestos", ["repuestos", "propios", "traer", "piezas"],
     ["puedo llevar mis repuestos", "ustedes ponen piezas que yo compre", "tengo mis propios repuestos"]),
    (Q_PAGO,
     "Dólares en efectivo (billetes en buen estado, máximo de 100 $), Zelle, y en bolívares por pago móvil o punto de venta a la tasa BCV "
     "del día. Vuelto en dólares si hay sencillo; si no, por pago móvil. Factura fiscal con RIF o cédula. No damos "
     "crédito.",
     "pagos", ["pago", "dólares", "bolívares", "Zelle", "factura"],
     ["aceptan pago movil", "se puede pagar en bolivares", "me dan factura"]),
    (Q_RETIRO,
     "Le avisamos por WhatsApp cuando está listo. Retírelo en el horario del taller con el ticket de entrada. Puede "
     "retirarlo otra persona con una autorización firmada y copia de la cédula del dueño. Guardamos el carro gratis 2 "
     "días; después cuesta 5 $ por día.",
     "entrega", ["retirar", "buscar", "autorización", "listo"],
     ["cuando puedo buscar el carro", "otra persona puede retirar mi carro", "cuanto tiempo lo guardan"]),
    (Q_UBICACION,
     "Calle Los Mangos, Galpón 7, Los Cortijos de Lourdes, Caracas, a 3 cuadras de la estación Los Cortijos del Metro. "
     "Teléfono 0212-235 48 17. Hay 6 puestos para clientes dentro del galpón.",
     "ubicación", ["dirección", "ubicación", "dónde", "estacionamiento"],
     ["donde estan", "como llego al taller", "tienen donde estacionar"]),
    (Q_PRESUPUESTO,
     "Sí, siempre. Le mandamos el presupuesto por WhatsApp en dólares antes de empezar y no hacemos nada sin su "
     "aprobación. Vale 5 días. Si al desarmar aparece otra falla, le escribimos antes de seguir.",
     "servicios", ["presupuesto", "aprobación", "cotización", "precio"],
     ["me pasan un presupuesto", "cuanto me va a salir antes de arreglar", "me cotizan el trabajo"]),
    (Q_BATERIA,
     "Sí. Prueba de batería y alternador gratis (10 minutos, sin cita). Baterías de 45 $ a 110 $ según el carro, "
     "instalación gratis y 12 meses de garantía. Si deja la batería vieja le descontamos 10 $.",
     "servicios", ["batería", "acumulador", "arranque", "alternador"],
     ["venden baterias", "me revisan la bateria", "cuanto cuesta una bateria"]),
]

PLAN = [
    [  # 1
        ("buenas tardes! tengo un corolla 2009 y ya le toca el cambio de aceite, cuanto me sale con sintetico? y tengo "
         "que pedir cita o llego asi nomas en la mañana?",
         "Small talk greeting + " + both(Q_ACEITE, Q_CITA) + " — synthetic 55 $ with filter, up to 4 litres (8 $ per "
         "extra litre), 30-40 min; oil change needs no appointment Mon-Fri (order of arrival).",
         "Only one half without pointing to the other; 'you need an appointment'; the mineral price as the answer."),
        ("y mientras esperan me pueden echar un ojo a lo de adelante que chilla cuando piso pa parar?",
         faq(Q_FRENOS) + " — brake check is free (15 min); front pads 20 $ labour + pads from 28 $; same day.",
         "Charging for the check; the diagnosis-by-computer entry (15 $); 'not covered'."),
        ("y si hay que cambiarlas cuanto tiempo me quedo sin carro?",
         faq(Q_FRENOS) + " — 1 h 30 to 2 h, same day. (Brakes normally need an appointment; mentioning it is a plus.)",
         "'Leave it for 2-3 days'; the pick-up entry alone."),
        ("fino, chevere pana! mañana caigo temprano entonces, gracias, nos vemos",
         "Small talk: acknowledgement + thanks + goodbye (`fino`, `chévere` = great, `pana` = mate, `caer` = to show "
         "up) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola una pregunta",
         "Too vague to answer — choices (oil, brakes, tyres...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("al carro se me prendio una lucecita amarilla en el tablero con forma de motorcito y no se que tiene",
         TYPE + faq(Q_DIAG) + " — computer scan 15 $, about 30 min, by appointment (WhatsApp 0414-318 27 65); report "
         "of fault codes; the 15 $ are deducted if repaired there within 7 days.",
         "Tapping a choice; guessing the fault; the oil-change entry; 'not covered'."),
        ("y despues de eso me dicen cuanto sale arreglarlo antes de meterle mano? no quiero sorpresas",
         faq(Q_PRESUPUESTO) + " — yes: quote in dollars by WhatsApp before starting, nothing done without approval, "
         "valid 5 days, any new fault is announced first.",
         "Inventing a repair price; 'we repair first and tell you later'; the warranty entry."),
        ("disculpa tu eres un robot o una persona?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("buenas, es por lo de mi camioneta",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("compre unas pastillas por internet que me salieron burda de baratas, ustedes me las ponen o solo montan lo que "
         "venden ustedes?",
         faq(Q_REPUESTOS) + " — yes, same labour price; must be new and the right part (otherwise 10 $/hour lost time); "
         "labour warranty only 30 days, no shop warranty on the part. (`burda de` = very / a lot.)",
         "'Only our parts'; promising the normal 3-month warranty; the brake price entry alone."),
        ("y ya que estoy, la puerta de atras tiene un golpe feo, ustedes hacen latoneria y pintura?",
         "Not covered (near the trade: bodywork and paint) — says so honestly, may offer a person; no price.",
         "Inventing a bodywork service or price; the warranty entry."),
    ],
    [  # 4
        ("cuanto cuestan 4 cauchos rin 15 y cuanto es la alineacion?",
         both(Q_CAUCHOS, Q_ALINEACION) + " — rin 15 from 65 $ each (from 260 $ for 4), fitting and balancing free "
         "when buying 4; alignment 15 $ car / 20 $ pick-up, about 40 min, no appointment.",
         "Only one half without pointing to the other; charging fitting on top of 4 new tyres; used tyres."),
        ("no chamo eso no es lo que pregunte, yo ya tengo los nuevos en la maleta, los compre en otro lado, "
         "que me sale ponerlos y dejarlo derechito?",
         "Acknowledges the push-back + " + both(Q_MONTAJE, Q_ALINEACION) + " — fitting and balancing his own tyres 4 $ "
         "each = 16 $, plus alignment 15 $ (car) = 31 $ (20 $ if a pick-up → 36 $). (`maleta` = car boot.)",
         "Repeating the tyre prices unchanged; 'we only fit tyres we sell'; forgetting the alignment."),
        ("no me estas entendiendo, quiero hablar con una persona de verdad ya, tengo rato en esta vaina",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("epa?? hay alguien ahi?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ESTOY ARRECHO!! hace 3 semanas me pusieron pastillas nuevas ahi y ya el carro chilla otra vez y frena feo, "
         "pague 60 dolares por esa vaina y ahora que???",
         faq(Q_GARANTIA) + " — calm, apologises: labour is guaranteed 3 months or 5.000 km and the pads they sold 6 "
         "months; bring the car with the invoice, the warranty check is free and needs no appointment Mon-Fri. Offering "
         "a person is fine too. (`arrecho` = furious, `vaina` = thing.)",
         "Cold answer ignoring the anger; charging a new brake job; 'not our problem'; the brake price entry alone."),
        ("otra cosa, tu sabes a que hora juegan hoy los leones?",
         "Not covered (unrelated: the Leones del Caracas baseball game) — says it cannot help with that, no FAQ answer.",
         "Inventing a time or a score; the opening-hours entry."),
        ("bueno que me llame el jefe del taller al 0424-507 19 33, mañana despues de las 2 de la tarde",
         "Hands over / passes on a callback request to 0424-507 19 33 tomorrow (Wednesday 2 December) after 14:00; no "
         "FAQ answer.",
         "Ignoring the number or the time; only giving the shop phone; an FAQ answer."),
        ("y como cuanto se tardan en llamar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The opening-hours entry; the repair-time answer; promising an exact time."),
    ],
    [  # 6
        ("buenas, yo tenia para mañana a las 8 lo del escaner del aveo pero me salio un viaje a valencia por el trabajo y "
         "no voy a poder llevarlo",
         faq(Q_CITA) + " — to change or call off an appointment, send a WhatsApp to 0414-318 27 65 at least 2 hours "
         "before; no cost. Must not claim the appointment is cancelled.",
         "Claiming it is cancelled now; charging a fee; the diagnosis price entry alone."),
        ("ah ok dale",
         "Ambiguous yes — asks what he wants (move it to another day? call it off?) or explains the next step; must not "
         "claim anything is cancelled or booked.",
         "Saying the appointment is now cancelled or moved; a random FAQ entry."),
        ("y si el lunes paso a las 7 ya hay gente ahi?",
         faq(Q_HORARIO) + " — opens 7:30 Mon-Fri (not 7:00); the scan needs an appointment by WhatsApp the day before "
         "(" + faq(Q_CITA) + " may be added).",
         "'Yes, open at 7'; the Saturday hours only; 'not covered'."),
        ("chamo que ladilla, esto no me sirve, pasame con un pana del taller que me cuadre la vaina directo",
         "Hands over to a person (`chamo` = mate, `ladilla` = annoying, `pana` = buddy, `cuadrar la vaina` = sort the "
         "thing out) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the dialect."),
    ],
    [  # 7
        ("na' guara buenas! tengo burda de tiempo sin hacerle nada al carro. donde queda el taller exactamente y se "
         "puede pagar con pago movil o solo en dolares?",
         "Small talk greeting + " + both(Q_UBICACION, Q_PAGO) + " — Calle Los Mangos, Galpón 7, Los Cortijos de "
         "Lourdes, 3 blocks from Los Cortijos metro, 6 customer places inside; dollars cash, Zelle, or bolívares by "
         "pago móvil / card terminal at the BCV rate of the day. (`na' guará` = wow, `burda de` = a lot of.)",
         "Only one half without pointing to the other; 'dollars only'; inventing an exchange rate."),
        ("es que en las mañanas le cuesta prender, como que le falta fuerza, eso lo ven ustedes?",
         faq(Q_BATERIA) + " — free battery and alternator test (10 min, no appointment); batteries 45-110 $, fitting "
         "free, 12 months warranty, 10 $ off for the old one.",
         "The computer diagnosis at 15 $ as the only answer; inventing an engine fault; 'not covered'."),
        ("ok. si lo dejo el viernes lo puede buscar mi hermano el sabado? y me dan factura con el rif de la empresa?",
         both(Q_RETIRO, Q_PAGO) + " — yes, another person can collect with a signed authorisation, a copy of the "
         "owner's cédula and the ticket; Saturday the shop is open 8:00-13:00; free storage 2 days; fiscal invoice with "
         "the RIF.",
         "Only one half without pointing to the other; 'only the owner'; a Saturday pick-up in the afternoon."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
