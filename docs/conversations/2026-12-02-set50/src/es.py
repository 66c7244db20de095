"""es: Rótulos Xelajú (made up), a sign maker (printed banner signs, light boxes, 3D acrylic letters, vehicle vinyl,
municipal sign permits, repairs of fallen or old signs) in Quetzaltenango (Xela), Guatemala; the owner writes standard
Guatemalan Spanish (usted), customers write everyday Guatemalan / chapín Spanish with voseo (fijate, chilero, muchá,
pisto, va pues, se les agradece, nel, púchica, babosada, de balde, a la gran, no seas malita, platicar, ocupar).
Prices in quetzales (Q). The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIO = "¿Cuánto cuesta un rótulo para negocio?"
Q_FUERA = "¿Instalan fuera de Quetzaltenango?"
Q_PLAZO = "¿En cuánto tiempo entregan un rótulo?"
Q_URGENTE = "¿Atienden emergencias si un rótulo se cae o se daña?"
Q_MATERIAL = "¿Qué materiales usan?"
Q_VEHICULO = "¿Rotulan vehículos?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_ANTICIPO = "¿Cuánto hay que dar de anticipo?"
Q_GARANTIA = "¿Qué garantía tienen los rótulos?"
Q_RECLAMO = "¿Qué hago si el trabajo no quedó como lo pedí?"
Q_CANCELAR = "¿Puedo cancelar o cambiar mi pedido?"
Q_TALLER = "¿Dónde están ubicados y cuál es el horario?"
Q_DISENO = "¿Cómo pido una cotización y el diseño?"
Q_PERMISO = "¿Ayudan con la licencia municipal del rótulo?"
Q_RENOVAR = "¿Renuevan rótulos viejos?"

FAQ = [
    (Q_PRECIO,
     "Rótulo de lona impresa con marco de metal: Q350 por metro cuadrado. Caja de luz de acrílico con iluminación "
     "LED: Q1,200 por metro cuadrado. Letras de acrílico en relieve (3D): desde Q85 por letra de 20 cm de alto. "
     "Pedido mínimo Q300. El precio incluye un diseño básico y la instalación dentro de la ciudad de Quetzaltenango.",
     "precios", ["precio", "lona", "caja de luz", "letras 3D", "metro cuadrado"],
     ["cuánto sale un rótulo de lona", "precio de la caja de luz", "cuánto cobran por letra"]),
    (Q_FUERA,
     "Sí. Salcajá, Olintepeque, La Esperanza y Cantel: Q75 de traslado. San Juan Ostuncalco, Totonicapán y San "
     "Marcos: Q200. Huehuetenango, Retalhuleu y Mazatenango: Q450. Ciudad de Guatemala y otros departamentos: "
     "cotización según distancia. La medición fuera de la ciudad cuesta Q50 y se descuenta si nos contrata.",
     "servicio", ["traslado", "Salcajá", "Totonicapán", "San Marcos", "otros municipios"],
     ["van hasta Totonicapán", "cuánto cobran por ir a San Marcos", "instalan en otros municipios"]),
    (Q_PLAZO,
     "Rótulo de lona: 3 días hábiles desde que aprueba el diseño. Caja de luz y letras 3D: 10 a 12 días hábiles. "
     "Vinil para vehículos: 2 días hábiles. La instalación se hace en 1 día. Para estrenar antes de Navidad, el "
     "diseño aprobado y el anticipo deben estar listos a más tardar el 11 de diciembre.",
     "servicio", ["plazo", "entrega", "días hábiles", "cuándo está listo", "tiempo de fabricación"],
     ["en cuántos días está listo", "cuándo me lo instalan", "lo tienen antes de Navidad"]),
    (Q_URGENTE,
     "Sí. Si un rótulo quedó colgando, se cayó o corre peligro por viento o lluvia, vamos el mismo día si nos escribe "
     "antes de la 1:00 p. m. al WhatsApp 5521 4870. La visita cuesta Q150 más el trabajo (material aparte). Si no se "
     "puede reparar en el momento, lo retiramos y lo guardamos sin costo hasta 15 días. Domingos: visita Q250.",
     "servicio", ["emergencia", "urgente", "mismo día", "se cayó", "peligro"],
     ["se me cayó el rótulo", "pueden venir hoy a quitar un rótulo", "el rótulo está flojo"]),
    (Q_MATERIAL,
     "Lona de 13 onzas con impresión UV para exteriores, acrílico de 3 mm, PVC espumado y vinil 3M que aguanta 5 "
     "años al sol. Las estructuras son de tubo galvanizado de 1 pulgada con anclaje de tornillo expansivo, "
     "pensadas para los vientos de noviembre a febrero. Estructura reforzada para rótulos de más de 4 m²: 15 % más.",
     "productos", ["material", "acrílico", "galvanizado", "vinil", "estructura"],
     ["de qué está hecho el rótulo", "aguanta la lluvia", "qué lona usan"]),
    (Q_VEHICULO,
     "Sí. Nombre y teléfono en vinil de corte en las dos puertas de un picop o carro: Q450 el par. Moto: Q250. "
     "Microbús o camión rotulado completo: desde Q3,800. Quitar vinil viejo: Q150. Listo en 2 días hábiles; el "
     "vehículo se queda con nosotros 1 día para la instalación.",
     "productos", ["vehículo", "rotular carro", "microbús", "vinil de corte", "moto"],
     ["rotulan carros", "cuánto cuesta rotular un microbús", "ponen el nombre en las puertas"]),
    (Q_PAGO,
     "Efectivo en quetzales, depósito o transferencia a Banrural, Banco Industrial o G&T Continental, y tarjeta de "
     "crédito o débito en el local. Con Visa Cuotas pagos de 3 meses sin recargo en compras desde Q1,000. No "
     "aceptamos cheques ni dólares.",
     "pagos", ["pago", "tarjeta", "transferencia", "efectivo", "Visa Cuotas"],
     ["aceptan tarjeta", "puedo depositar a Banrural", "se puede pagar en cuotas"]),
    (Q_ANTICIPO,
     "Para empezar se paga el 50 % de anticipo y el otro 50 % el día de la entrega o instalación. La cotización es "
     "válida 15 días. Damos factura electrónica (FEL) con su NIT o a consumidor final.",
     "pagos", ["anticipo", "adelanto", "factura", "NIT", "saldo"],
     ["cuánto hay que adelantar", "se paga todo al principio", "dan factura con NIT"]),
    (Q_GARANTIA,
     "1 año en la estructura y la instalación, 2 años en los LED y la fuente de poder de las cajas de luz, 1 año en "
     "el vinil contra despegue. La garantía no cubre golpes, vandalismo, cambios hechos por otras personas ni daños "
     "por conexiones eléctricas del local.",
     "garantia", ["garantía", "LED", "fuente de poder", "cobertura"],
     ["cuánto tiempo de garantía dan", "si se apaga la caja de luz", "el vinil tiene garantía"]),
    (Q_RECLAMO,
     "Mándenos fotos por WhatsApp al 5521 4870 dentro de los 7 días siguientes a la entrega o instalación. Un técnico "
     "lo revisa en un plazo de 48 horas. Si el error es nuestro (ortografía, colores o medidas distintas al diseño "
     "que usted aprobó, piezas flojas), lo corregimos sin costo en un máximo de 5 días hábiles.",
     "servicio", ["reclamo", "queja", "error", "defecto", "corrección"],
     ["el rótulo tiene un error", "los colores no son los que pedí", "quiero poner una queja"]),
    (Q_CANCELAR,
     "Si todavía no aprobó el diseño, le devolvemos el anticipo completo menos Q100 por el diseño, por la misma vía "
     "en 5 días hábiles. Si ya aprobó el diseño y empezó la producción, el anticipo no se devuelve, pero queda como "
     "saldo a su favor para otro trabajo durante 6 meses. Cambiar la fecha de instalación es gratis avisando con 2 "
     "días de anticipación.",
     "pedidos", ["cancelar", "anular", "devolución", "cambiar fecha"],
     ["quiero cancelar el pedido", "me devuelven el anticipo", "puedo mover la instalación"]),
    (Q_TALLER,
     "Estamos en la 14 avenida 3-25, zona 3, Quetzaltenango, a dos cuadras del Templo de Minerva. Horario: lunes a "
     "viernes de 8:00 a 12:30 y de 14:00 a 18:00, sábado de 8:00 a 13:00. Domingo cerrado.",
     "general", ["dirección", "horario", "local", "zona 3"],
     ["dónde queda el taller", "a qué hora abren", "abren los sábados"]),
    (Q_DISENO,
     "Escríbanos al WhatsApp 5521 4870 con una foto de la fachada, las medidas aproximadas y su logo, o venga al "
     "local con su logo en USB. La cotización sale en 24 horas. El diseño digital es gratis con 2 cambios; cada "
     "cambio adicional cuesta Q75. Medimos en sitio sin costo dentro de la ciudad.",
     "pedidos", ["cotización", "diseño", "logo", "medición", "presupuesto"],
     ["cómo me mandan una cotización", "ustedes hacen el diseño", "vienen a medir"]),
    (Q_PERMISO,
     "Sí. La Municipalidad de Quetzaltenango pide licencia para rótulos de más de 1.5 m², los que salen sobre la "
     "banqueta y todos los del Centro Histórico. Preparamos el plano y el fotomontaje por Q150; la tasa municipal "
     "la paga el cliente. El trámite tarda unos 15 días hábiles, y en el Centro Histórico no se permiten cajas de luz.",
     "servicio", ["licencia", "permiso", "municipalidad", "trámite", "tasa municipal"],
     ["necesito permiso de la muni", "ustedes hacen el trámite", "me pueden multar por el rótulo"]),
    (Q_RENOVAR,
     "Sí. Cambio de lona sobre su misma estructura: Q250 por metro cuadrado. Cambio de LED en caja de luz: desde "
     "Q300. Pintura anticorrosiva de la estructura: Q150. La revisión cuesta Q100 y se descuenta si hacemos el trabajo.",
     "servicio", ["renovar", "cambio de lona", "rótulo viejo", "reparación", "desteñido"],
     ["le cambian la lona a mi rótulo", "mi caja de luz ya no prende", "pintan la estructura"]),
]

PLAN = [
    [
        ("buenos días! fijate que voy a abrir una tiendita de celulares en Salcajá y quiero un rotulo de lona como de "
         "3 x 1 metros, en cuanto me sale? y ustedes llegan hasta alla a ponerlo?",
         "Small talk greeting + " + both(Q_PRECIO, Q_FUERA) + " — printed banner sign Q350/m², so about Q1,050 for "
         "3 m² (minimum Q300, basic design included); Salcajá is Q75 travel (measuring there Q50, deducted if hired). "
         "(`fijate que` = you see, a Guatemalan opener.)",
         "Only one half without pointing to the other; 'Salcajá is free'; an invented price; the vehicle entry "
         "(`celulares`)."),
        ("y si mejor lo quiero de esos que se iluminan por dentro pa que se mire de noche?",
         faq(Q_PRECIO) + " — a light box is Q1,200 per m², so about Q3,600 for 3 × 1 m.",
         "The materials entry alone; repeating the Q1,050 banner price; the renewal entry (LEDs)."),
        ("ok. y ese cuanto se tardan? lo necesito pa la inauguracion el 12 de diciembre, el dia de la Virgen",
         faq(Q_PLAZO) + " — a light box takes 10-12 working days after the design is approved (from Wednesday 2 "
         "December that is about 16-18 December, so 12 December is not realistic); a banner sign takes 3 working "
         "days and would make it; fitting 1 day.",
         "Promising the light box for 12 December; the urgent entry; the Christmas deadline (11 December) as if it "
         "answered; 'not covered' because of `Virgen`."),
        ("chilero muchá, se les agradece. ahí lo platico con mi cuñado que es el que pone el pisto y cualquier cosa "
         "les caigo. va pues, que estén bien",
         "Small talk: acknowledgement + thanks + goodbye (`chilero` = great, `muchá` = guys, `se les agradece` = "
         "thank you, `pisto` = money, `les caigo` = I'll drop by / get back to you, `va pues` = okay then) — a short "
         "friendly close.",
         "An FAQ answer (payment entry for `pisto`, shop for `les caigo`); choices; a handover; asking what the "
         "words mean."),
    ],
    [
        ("buenos dias, ando con una duda",
         "Too vague to answer — choices (prices, emergencies, permits...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Con el ventarrón de anoche el letrero de la farmacia de mi mamá quedó colgando de un solo lado encima de la "
         "banqueta. Pasa un montón de gente y enfrente está la parada de las camionetas, me da miedo que le caiga a "
         "alguien. Pueden mandar a alguien ya?",
         TYPE + faq(Q_URGENTE) + " — yes, the same day if written before 1:00 p.m. (it is about 10 a.m. in Xela, "
         "Wednesday), WhatsApp 5521 4870; visit Q150 plus the work, material apart; if it cannot be fixed on the "
         "spot it is taken down and stored free up to 15 days. Concern for safety is welcome. (`ventarrón` = strong "
         "gust, `banqueta` = pavement, `camionetas` = buses.)",
         "Tapping a choice; the permit entry (`banqueta`); the lead-time entry; the complaint entry; only telling "
         "her to call the fire brigade."),
        ("y ya de una vez, se lo pueden dejar mas firme pa que no se lo vuelva a llevar el aire? algo que no se "
         "oxide con el agua",
         faq(Q_MATERIAL) + " — galvanised 1-inch tube structures with expansion-bolt anchors, made for the November-"
         "February winds; a reinforced structure for signs over 4 m² costs 15 % more. (The renewal entry's "
         "anticorrosive paint Q150 may be added.)",
         "The guarantee entry alone; the price per m²; the vehicle entry."),
        ("y disculpá vos, ¿con quién estoy platicando? ¿sos una persona o es un programa de esos automáticos? es "
         "que ando bien afligida con todo esto",
         "Small talk: are you a bot (voseo: `disculpá vos`, `sos`; `platicando` = chatting) — honest: an automated "
         "assistant; offers a person, kindly given the worry.",
         "Claiming to be a person; an FAQ answer; choices; a joke."),
    ],
    [
        ("buenas, es por lo del carro",
         "Too vague to answer — choices (vehicle lettering, travel, prices...) or a clarifying question.",
         "A handover; one entry answered as if sure (the vehicle entry in full)."),
        ("nel, no es eso",
         TYPE + "Typed rejection (`nel` = no, Guatemalan slang) — asks what it is about / invites a rephrasing; no "
         "handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry; reading `nel` as a name."),
        ("tengo un picop con el que hago fletes y quiero que se lea mi nombre y mi numero en las dos puertas, algo "
         "que aguante el sol y los aguaceros. cuánto me cobran por eso?",
         faq(Q_VEHICULO) + " — cut vinyl on both doors of a pickup Q450 the pair, ready in 2 working days, the "
         "vehicle stays 1 day for fitting. (`picop` = pickup truck, `fletes` = hauling jobs.)",
         "The materials entry alone (`aguante el sol`); the banner sign price; the travel entry."),
        ("ah y otra cosa, ¿ustedes pintan el nombre del negocio a mano directo en la pared, como los rótulos "
         "pintados de antes?",
         "Not covered (near the trade: hand-painted lettering on a wall, not offered) — says so honestly, may offer "
         "a person; no price.",
         "Inventing a price for hand painting; the renewal entry (structure paint Q150) as if it answered; the "
         "banner price."),
    ],
    [
        ("es pa la ferretería de mi tío en la 4a calle, la caja de luz sale como en Q6,000. se puede pagar con "
         "tarjeta en cuotas? y cuanto hay que dejar de adelanto pa que empiecen?",
         both(Q_PAGO, Q_ANTICIPO) + " — cash, deposit or transfer (Banrural, Banco Industrial, G&T), card; Visa "
         "Cuotas 3 months without surcharge from Q1,000 (so yes); 50 % deposit (about Q3,000), 50 % on delivery; "
         "quote valid 15 days; FEL invoice with NIT.",
         "Only one half without pointing to the other; 'no cards'; 'pay everything up front'."),
        ("no, no era eso lo que pregunté. lo que quiero saber es si al año se me funden los foquitos de adentro, "
         "¿quién me responde?",
         "Acknowledges the push-back + " + faq(Q_GARANTIA) + " — 2 years on the LEDs and power supply of light "
         "boxes, 1 year on structure and fitting; not knocks, vandalism or the shop's wiring.",
         "Repeating the payment answer; the renewal entry (LED change from Q300) as if it were paid by the customer; "
         "the complaint entry alone."),
        ("púchica, otra vez con otra babosada. ya me tenés harto con esto, pasame con alguien del taller de una vez, "
         "no seas malo",
         "Push-back (second time in a row) + request for a person, annoyed (`púchica` = damn, `babosada` = nonsense, "
         "`me tenés harto` = you've fed me up, `no seas malo` = please) — a short apology and a handover.",
         "Another FAQ answer; choices; asking to rephrase again; reading `no seas malo` as an insult to answer."),
        ("qué onda, hay alguien?? o ya me dejaron esperando de balde",
         WAIT + AFTER + "Waiting (`qué onda` = hey, `de balde` = for nothing) — reassures that a person has the "
         "message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("QUÉ FALTA DE RESPETO. el lunes me instalaron el letrero del comedor y dice COMEDOR DOÑA TRÁNSITO con la "
         "tilde corrida y el rojo no es el que aprobé, se mira naranja. Q2,400 les pagué y en el taller nadie "
         "contesta el teléfono!!",
         faq(Q_RECLAMO) + " — calm, apologises: photos by WhatsApp 5521 4870 within 7 days of fitting (Monday 30 "
         "November: in time), a technician within 48 hours; spelling and colours that differ from the approved "
         "design are corrected free within 5 working days. Passing it on to a person is fine as well.",
         "Cold rule ignoring the anger; the guarantee entry alone; the price entry (`Q2,400`); blaming the "
         "customer; promising money back."),
        ("y de paso, ¿sabés si mañana hay paro de transporte en Xela? tengo que ir temprano a Toto",
         "Not covered (unrelated: whether there is a transport strike tomorrow in Quetzaltenango) — says it cannot "
         "help, no FAQ answer. (`Toto` = Totonicapán.)",
         "The travel entry (`Toto`, Q200); inventing news; the opening hours."),
        ("decile al encargado que me llame hoy en la noche después de las 7 al 4187 3359, en el día ando atendiendo "
         "el comedor y no puedo agarrar el cel",
         "Hands over / passes on a callback request to 4187 3359 tonight (Wednesday) after 19:00; no FAQ answer. The "
         "shop closes at 18:00, so the reply must not promise that time.",
         "Ignoring the number or the time; only giving the shop's number; the opening hours as the answer; "
         "promising a call after 7 pm."),
        ("va. ¿y ese señor sí me va a llamar de veras? porque ya van dos veces que me dicen lo mismo",
         AFTER + "Waiting — about the callback: reassures, no invented time, no promise for the owner; no FAQ answer.",
         "The 48-hour technician visit as the answer; promising an exact time; a new greeting."),
    ],
    [
        ("buenos días. el viernes les deposité el adelanto pa las letras de la fachada del salón de belleza, pero "
         "fíjese que el dueño del local no me renovó el contrato y me toca sacar mis cosas a fin de mes. entonces "
         "ya no voy a ocupar nada",
         faq(Q_CANCELAR) + " — if the design is not approved yet, the deposit back minus Q100 for the design, the "
         "same way, within 5 working days; once approved and in production the deposit is kept as credit for 6 "
         "months. Must not claim it is cancelled. (`ocupar` = to need.)",
         "Claiming it is cancelled now; the deposit entry (50 %) as the answer; the renewal entry (`no me renovó`)."),
        ("mmm sí, está bueno pues",
         "Ambiguous yes — asks whether to cancel (and confirms the next step) or explains it; must not claim "
         "anything is cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("¿y los Q1,700 que les transferí a Banrural me los regresan completos? el diseño todavía no lo había "
         "aprobado",
         faq(Q_CANCELAR) + " — design not approved: Q1,600 back (Q1,700 minus Q100 for the design) by transfer "
         "within 5 working days.",
         "The payment entry (Banrural) as the answer; the deposit entry; 'all Q1,700 back'."),
        ("a la gran, ya me hice bolas con tanta cosa. ¿no hay alguien ahí mismo del taller con quien pueda "
         "platicar? comunicame con esa persona, no seas malita",
         "Hands over to a person (`a la gran` = gosh, `me hice bolas` = I got muddled, `platicar` = to talk, `no "
         "seas malita` = please, be kind) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer (the shop address for `del taller`); reading `malita` as an insult."),
    ],
    [
        ("qué tal, buen día. ¿dónde queda su negocio exactamente? quisiera llevarles mi logo en una memoria pa que "
         "me armen el diseño, ¿los sábados abren?",
         "Small talk greeting + " + both(Q_TALLER, Q_DISENO) + " — 14 avenida 3-25, zona 3, two blocks from the "
         "Templo de Minerva; Monday-Friday 8:00-12:30 and 14:00-18:00, Saturday 8:00-13:00; bring the logo on USB or "
         "send it by WhatsApp 5521 4870, quote within 24 hours, design free with 2 changes.",
         "Only one half without pointing to the other; 'closed Saturdays'; the permit entry."),
        ("es que el local está en el centro histórico, por la 12 avenida, y el vecino me contó que la muni lo puede "
         "multar a uno si pone algo grande sin papeles",
         faq(Q_PERMISO) + " — a licence is needed for every sign in the Centro Histórico; they prepare the plan and "
         "photomontage for Q150, the municipal fee is paid by the client, about 15 working days; no light boxes in "
         "the Centro Histórico. (`la muni` = the town hall.)",
         "The travel entry; the price entry; 'not covered'; saying no permit is needed."),
        ("y aprovechando, el rótulo viejo que tengo, ese de lona que ya está todo desteñido, ¿le cambian solo la "
         "lona y dejan el mismo marco? ¿y el trámite ese cuánto se tarda?",
         both(Q_RENOVAR, Q_PERMISO) + " — new banner on the existing frame Q250/m², anticorrosive paint of the frame "
         "Q150, check-up Q100 deducted; the permit takes about 15 working days.",
         "Only one half without pointing to the other; the price of a new banner sign (Q350/m²) as the answer; "
         "the lead-time entry for the permit."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
