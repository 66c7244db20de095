"""es: Herrería Rejas El Cují (made up), a metalwork shop making and fitting window grilles, gates, motorised gates and
carport roofs (with urgent repairs after break-ins) in Barquisimeto, Lara, Venezuela; the owner writes standard
Venezuelan Spanish (usted), customers write everyday larense / Venezuelan Spanish (épale, chamo, pana, vale, fino,
chévere, vaina, ladilla, arrecho, cónchale, na' guará, guindando, verdes, malandros, aló, cristiano, pa', dale).
Prices in US dollars, as shops there quote them. The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_REJA = "¿Cuánto cuesta una reja para ventana?"
Q_ZONA = "¿Instalan fuera de Barquisimeto?"
Q_PLAZO = "¿Cuánto tardan en fabricar e instalar?"
Q_URGENTE = "¿Atienden reparaciones urgentes?"
Q_MATERIAL = "¿Qué materiales y pintura usan?"
Q_MOTOR = "¿Ponen motor a los portones?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_ANTICIPO = "¿Cuánto hay que dar de anticipo?"
Q_GARANTIA = "¿Qué garantía tienen los trabajos?"
Q_RECLAMO = "¿Qué hago si el trabajo quedó mal?"
Q_CANCELAR = "¿Puedo cancelar o cambiar el pedido?"
Q_TALLER = "¿Dónde queda el taller y cuál es el horario?"
Q_MEDIR = "¿Cómo pido una medición y un presupuesto?"
Q_TECHO = "¿Hacen techos para estacionamiento?"
Q_PINTURA = "¿Reparan y pintan rejas viejas?"

FAQ = [
    (Q_REJA,
     "Reja sencilla de tubo cuadrado de 3/4\": $45 por metro cuadrado. Reja decorativa de hierro forjado: $65 por metro "
     "cuadrado. Pedido mínimo $90. El precio incluye fondo anticorrosivo, esmalte e instalación en Barquisimeto y "
     "Cabudare. Ejemplo: una ventana de 1,20 × 1,00 m en reja sencilla sale en $54.",
     "precios", ["reja", "ventana", "precio", "metro cuadrado", "enrejar"],
     ["cuánto sale enrejar una ventana", "precio de la reja por metro", "cuánto cobran por una reja"]),
    (Q_ZONA,
     "Sí. En Barquisimeto y Cabudare no cobramos traslado. Quíbor, Duaca y Sarare: $25 de traslado. El Tocuyo y "
     "Carora: $45. Más lejos (Acarigua, San Felipe): presupuesto según la distancia. La medición fuera de Barquisimeto "
     "y Cabudare cuesta $10, que se descuentan del trabajo si lo contrata.",
     "servicio", ["traslado", "Quíbor", "Carora", "Cabudare", "fuera de la ciudad"],
     ["van hasta El Tocuyo", "cobran por ir a Quíbor", "trabajan en otros municipios"]),
    (Q_PLAZO,
     "Medimos en un plazo de 48 horas después de su mensaje. Rejas de ventana: 8 a 12 días hábiles de fabricación; "
     "portones y techos: 15 a 20 días hábiles. La instalación se hace en 1 día. Para pedidos que deban estar listos "
     "antes del 24 de diciembre, el anticipo tiene que estar pagado antes del 10 de diciembre.",
     "servicio", ["plazo", "demora", "fabricación", "entrega", "días hábiles"],
     ["en cuántos días está lista", "cuándo me la instalan", "llega antes de navidad"]),
    (Q_URGENTE,
     "Sí. Si le forzaron una reja o un portón, o se rompió una cerradura o una bisagra, vamos el mismo día si nos "
     "escribe antes de las 2:00 p. m. (0414 508 3317, WhatsApp). La visita cuesta $20 más el trabajo (soldadura "
     "desde $15, candado o cerradura aparte). Domingos y feriados: visita $35.",
     "servicio", ["urgencia", "emergencia", "soldadura", "cerradura", "mismo día"],
     ["me rompieron la reja", "necesito un soldador hoy", "se dañó la cerradura del portón"]),
    (Q_MATERIAL,
     "Usamos tubo estructural de 3/4\" y 1\", cabilla lisa de 1/2\" y pletina para los diseños. Todo lleva fondo "
     "anticorrosivo y dos manos de esmalte (negro, blanco, marrón o gris sin costo; otros colores $5 por metro "
     "cuadrado). Cabilla de 5/8\" para más seguridad: 20 % más. Galvanizado en caliente: 35 % más.",
     "productos", ["material", "cabilla", "tubo", "esmalte", "galvanizado"],
     ["de qué hierro son", "qué pintura le ponen", "tienen rejas más gruesas"]),
    (Q_MOTOR,
     "Sí. Motor para portón corredizo hasta 500 kg, instalado, con 2 controles: $380. Portón batiente de 2 hojas con "
     "2 brazos: $520. Control adicional $15. Si el portón es nuestro y lo hacemos con el motor, el riel y la cremallera "
     "van incluidos. Mantenimiento del motor: $25 por visita.",
     "productos", ["motor", "portón eléctrico", "control remoto", "automatizar", "corredizo"],
     ["cuánto cuesta automatizar el portón", "le ponen motor a un portón viejo", "venden controles"]),
    (Q_PAGO,
     "Dólares en efectivo, Zelle, pago móvil o transferencia en bolívares a la tasa del BCV del día (Banco de "
     "Venezuela y Mercantil) y punto de venta en el taller. No aceptamos cheques. Los precios se expresan en dólares; los billetes de $1 y $5 muy "
     "deteriorados no se reciben.",
     "pagos", ["pago", "Zelle", "pago móvil", "efectivo", "bolívares"],
     ["aceptan pago móvil", "puedo pagar en bolívares", "reciben Zelle"]),
    (Q_ANTICIPO,
     "Para encargar el trabajo se paga el 60 % de anticipo (con eso compramos el material) y el 40 % restante el día "
     "de la instalación, una vez revisado. El precio en dólares se mantiene 7 días desde el presupuesto. A empresas "
     "les damos nota de entrega y factura con RIF.",
     "pagos", ["anticipo", "adelanto", "inicial", "resto", "factura"],
     ["cuánto hay que adelantar", "se paga todo al principio", "dan factura"]),
    (Q_GARANTIA,
     "1 año de garantía en soldaduras y estructura, 6 meses en la pintura. Los motores tienen 1 año de garantía del "
     "fabricante y nosotros hacemos la revisión. La garantía no cubre golpes de vehículos, cambios hechos por otros ni "
     "el óxido por falta de mantenimiento en zonas con salitre.",
     "garantia", ["garantía", "soldaduras", "cobertura", "óxido"],
     ["cuánto tiempo de garantía dan", "si se despega una soldadura", "la pintura tiene garantía"]),
    (Q_RECLAMO,
     "Mándenos fotos o un video por WhatsApp al 0414 508 3317 dentro de los 5 días siguientes a la instalación. "
     "Un técnico va en un máximo de 48 horas; si el defecto es nuestro (portón que roza, mal cierre, pintura que se "
     "pela) lo corregimos sin costo, y si el error fue de medición, fabricamos la pieza de nuevo gratis.",
     "garantia", ["reclamo", "queja", "mal hecho", "defecto", "corregir"],
     ["el trabajo quedó mal", "quiero poner un reclamo", "la reja no quedó bien"]),
    (Q_CANCELAR,
     "Si nos avisa antes de que cortemos el material (normalmente 3 días hábiles después del anticipo), le devolvemos "
     "el anticipo completo menos $15 de la medición, en la misma forma en que pagó, en 5 días hábiles. Si el material "
     "ya está cortado, retenemos el 50 % del anticipo. Cambiar la fecha de instalación es gratis una vez, avisando con "
     "2 días.",
     "pedidos", ["cancelar", "anular", "devolución", "cambiar fecha", "pedido"],
     ["quiero anular el trabajo", "me devuelven el anticipo", "puedo mover la fecha"]),
    (Q_TALLER,
     "Calle 38 entre carreras 20 y 21, Barquisimeto (frente a la ferretería La Llave). Lunes a viernes de 7:30 a "
     "12:00 y de 1:30 a 5:30 p. m.; sábados de 8:00 a 12:00. Domingos cerrado (solo urgencias por WhatsApp, "
     "0414 508 3317).",
     "contacto", ["dirección", "horario", "taller", "ubicación", "abierto"],
     ["dónde están ubicados", "a qué hora abren", "trabajan los sábados"]),
    (Q_MEDIR,
     "Escríbanos por WhatsApp al 0414 508 3317 con la dirección y fotos de las ventanas o del portón. La medición es "
     "gratis en Barquisimeto y Cabudare y la hacemos en 48 horas; el presupuesto por escrito le llega en 24 horas "
     "después de medir. También puede venir al taller con las medidas y se lo hacemos en el momento.",
     "pedidos", ["medición", "presupuesto", "cotización", "medir", "visita"],
     ["quiero una cotización", "pueden venir a medir", "cómo encargo una reja"]),
    (Q_TECHO,
     "Sí: estructura de tubo con láminas de acerolit o de zinc, $38 por metro cuadrado (acerolit) o $30 (zinc), con "
     "canal de agua incluido. Un puesto de carro (3 × 5 m) sale desde $450. Fabricación 15 a 20 días hábiles y "
     "montaje en 2 días. Si el techo va anclado a la pared del vecino, se necesita su permiso por escrito.",
     "productos", ["techo", "estacionamiento", "acerolit", "zinc", "cochera"],
     ["cuánto cuesta un techo para el carro", "hacen cocheras", "techos de acerolit"]),
    (Q_PINTURA,
     "Sí. Lijado, fondo anticorrosivo y dos manos de esmalte a rejas ya instaladas: $8 por metro cuadrado (mínimo $40). "
     "Cambiar barrotes o piezas picadas por el óxido: desde $12 cada uno. Lo hacemos en el sitio, en 1 o 2 días según "
     "el tamaño.",
     "servicio", ["pintar", "reparar", "rejas viejas", "oxidada", "mantenimiento"],
     ["pintan rejas ya puestas", "cambian barrotes oxidados", "le dan mantenimiento a la reja"]),
]

PLAN = [
    [
        ("épale buenos días! cuánto me sale enrejar 3 ventanas de 1,20 x 1 metro? y ustedes van hasta Quíbor o eso "
         "queda muy lejos pa ustedes?",
         "Small talk greeting + " + both(Q_REJA, Q_ZONA) + " — plain grille $45/m² (a 1.20 × 1.00 m window $54, so "
         "about $162 for 3), decorative wrought iron $65/m², minimum $90, paint and fitting included; Quíbor is $25 "
         "travel (measuring there $10, deducted if hired). (`épale` = hi.)",
         "Only one half without pointing to the other; 'Quíbor is free'; an invented price; the carport entry."),
        ("y si las hago con diseño, de esas forjadas con curvitas?",
         faq(Q_REJA) + " — decorative wrought iron is $65 per m² (about $78 per window, some $234 for 3), paint and "
         "fitting included.",
         "The materials entry alone (`forjadas` read as materials); repeating the $45 total; the old-grilles entry."),
        ("ok. y cuanto se tardan? me las montan antes del 24? es que en diciembre la casa se queda sola porque nos "
         "vamos pa Carora",
         faq(Q_PLAZO) + " — measured within 48 hours, window grilles 8-12 working days to make, fitted in 1 day; for "
         "before 24 December the deposit must be paid before 10 December. (Carora is only where they travel, not the "
         "job site.)",
         "The 'outside Barquisimeto' entry (`Carora`, $45); the urgent-repair entry (`la casa se queda sola`); "
         "promising a date without the 10 December condition."),
        ("fino, chévere pues. gracias pana, lo hablo con mi esposa y cualquier vaina te escribo. chao chao",
         "Small talk: acknowledgement + thanks + goodbye (`fino`, `chévere` = great, `pana` = mate, `cualquier "
         "vaina te escribo` = I'll write if anything comes up) — a short friendly close.",
         "An FAQ answer (`esposa`, `escribo` read as a request); choices; a handover; asking what `vaina` means."),
    ],
    [
        ("buenas, disculpe, una consultica",
         "Too vague to answer — choices (prices, repairs, measuring...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Anoche se metieron los malandros al local de mi papá en la avenida Vargas, doblaron los barrotes de la "
         "santamaría del frente y reventaron el candado. Ahorita está todo abierto y no nos podemos ir de aquí. "
         "Alguien puede venir hoy mismo?",
         TYPE + faq(Q_URGENTE) + " — yes, the same day if written before 2:00 p.m. (written at about 8 a.m. in "
         "Barquisimeto, Wednesday), WhatsApp 0414 508 3317; the visit $20 plus the work (welding from $15, the "
         "padlock apart). Sympathy for the break-in is welcome. (`malandros` = thieves, `santamaría` = a roll-down "
         "steel shutter, `ahorita` = right now.)",
         "Tapping a choice; the lead-time entry (8-20 working days); the new-grille price list; the complaint entry; "
         "sending the customer to the police only."),
        ("y ya que estamos, se lo pueden dejar más fuerte que antes? con hierro más grueso o algo asi",
         faq(Q_MATERIAL) + " — 5/8\" bar for more security at 20 % more (standard 1/2\" bar, 3/4\" and 1\" tube), "
         "hot-dip galvanising 35 % more; anticorrosive primer and two coats of enamel.",
         "The guarantee entry; the price per m² alone; the motor entry."),
        ("chamo perdona la pregunta, ¿tú eres una persona de verdad o una máquina? es que estoy full ladilla y "
         "nervioso con todo esto",
         "Small talk: are you a bot (`chamo` = mate, `full ladilla` = really fed up) — honest: an automated "
         "assistant; offers a person, kindly given the break-in.",
         "Claiming to be a person; an FAQ answer; choices; a joke."),
    ],
    [
        ("hola, buen día. es por lo del portón de la casa",
         "Too vague to answer — choices (motor, prices, repairs, guarantee...) or a clarifying question.",
         "A handover; one entry answered as if sure (the urgent-repair or motor entry in full)."),
        ("no vale, eso no es",
         TYPE + "Typed rejection (`no vale` = no, Venezuelan) — asks what it is about / invites a rephrasing; no "
         "handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("lo que quiero es no tener que bajarme del carro cada vez que llego de noche a abrir, que se abra apretando "
         "un botoncito desde adentro. se puede con el que ya tengo?",
         faq(Q_MOTOR) + " — a sliding-gate motor up to 500 kg fitted with 2 remotes $380, a two-leaf swing gate $520, "
         "an extra remote $15; upkeep $25 a visit.",
         "The urgent-repair entry; the new-gate or grille price; 'we only motorise our own gates'."),
        ("ah y otra cosa, ¿ustedes también instalan cámaras de seguridad y cerco eléctrico en la pared?",
         "Not covered (near the trade: CCTV cameras and electric fencing, not offered) — says so honestly, may offer "
         "a person; no price.",
         "Inventing a price for cameras or an electric fence; the motor entry; the grille price as if it answered."),
    ],
    [
        ("son pa la panadería de mi hermano en Cabudare, 4 ventanas y la puerta del depósito. se puede pagar una parte "
         "por pago movil y otra en verdes? y cuánto hay que adelantar pa que empiecen?",
         both(Q_PAGO, Q_ANTICIPO) + " — cash dollars, Zelle, pago móvil or transfer in bolívares at the BCV rate, "
         "card terminal at the shop (mixing is not ruled out); 60 % deposit to buy the material, 40 % on the day of "
         "fitting; the dollar price holds 7 days; invoice with RIF for companies. (`verdes` = US dollars.)",
         "Only one half without pointing to the other; 'dollars only'; 'pay everything up front'."),
        ("no, no era eso lo que te pregunté. lo que me preocupa es si de aquí a unos meses se despega algún punto "
         "o se cae la pintura, ¿quién me responde?",
         "Acknowledges the push-back + " + faq(Q_GARANTIA) + " — 1 year on welds and structure, 6 months on paint; "
         "not vehicle bumps, others' changes or rust from lack of upkeep.",
         "Repeating the payment answer; the complaint entry alone (5 days after fitting); the materials entry."),
        ("cónchale chamo, otra vez me sales con otra cosa. ya me tienes arrecho con esta vaina. pásame con alguien "
         "de la herrería pues!!",
         "Push-back (second time in a row) + request for a person, annoyed (`cónchale` = damn, `arrecho` = angry, "
         "`vaina` = thing) — a short apology and a handover.",
         "Another FAQ answer; choices; asking to rephrase again; reading `arrecho` as anything but anger."),
        ("aló?? hay alguien ahí o me dejaron guindando",
         WAIT + AFTER + "Waiting (`aló` = hello, as on the phone; `guindando` = hanging) — reassures that a person "
         "has the message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("QUÉ FALTA DE SERIEDAD. el viernes me montaron el portón nuevo y ya no cierra, roza el piso y chilla cada vez "
         "que lo abro, y en las esquinas ya se ve el fondo marrón por debajo del negro. 600 verdes pagué y nadie me "
         "agarra el teléfono!!!",
         faq(Q_RECLAMO) + " — calm, apologises: photos or a video by WhatsApp 0414 508 3317 within 5 days of fitting "
         "(Friday 27 November: still in time), a technician within 48 hours; a gate that scrapes and peeling paint, if "
         "their fault, fixed free. Passing it on to a person is fine as well.",
         "Cold rule ignoring the anger; the guarantee entry alone; the motor or price entry (`600 verdes`); blaming "
         "the customer; promising money back."),
        ("oye y por cierto, ¿sabes dónde venden buenas cachapas cerca del Obelisco? tengo visita de Caracas",
         "Not covered (unrelated: where to eat cachapas near the Obelisco in Barquisimeto) — says it cannot help, no "
         "FAQ answer.",
         "Inventing a place; the workshop address; the 'outside Barquisimeto' entry (`Caracas`)."),
        ("que me llame el dueño mañana después de las 6 de la tarde al 0424 571 2286, en el día estoy trabajando en "
         "el mercado mayorista y ahí no agarra la señal",
         "Hands over / passes on a callback request to 0424 571 2286 tomorrow (Thursday 3 December) after 18:00; no "
         "FAQ answer. The shop works until 5:30 p.m., so the reply must not promise that time.",
         "Ignoring the number or the time; only giving the shop's number; the opening hours as the answer; promising "
         "a call after 6 pm."),
        ("ok. ¿y eso tarda? ¿o me van a llamar la otra semana?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48-hour technician visit or the lead-time entry as the answer; promising an exact day or time."),
    ],
    [
        ("buenas tardes. el lunes les di el adelanto pa las rejas del apartamento, pero el dueño me acaba de decir que "
         "no puedo hacerle cambios al inmueble y encima me toca mudarme en enero. así que ya no me hacen falta",
         faq(Q_CANCELAR) + " — told before the material is cut (normally 3 working days after the deposit: Monday to "
         "Wednesday is within that), the deposit back in full minus $15 for measuring, the same way it was paid, within "
         "5 working days; once cut, 50 % kept; one free date change with 2 days' notice. Must not claim it is "
         "cancelled.",
         "Claiming it is cancelled now; the deposit entry (60 %) as the answer; 'the deposit is lost'."),
        ("eh.. bueno, sí, dale",
         "Ambiguous yes (`dale` = go ahead) — asks whether to cancel (and confirms the next step) or explains it; must "
         "not claim anything is cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("y los 180 dólares que les pasé por zelle, me los devuelven todos o se quedan con algo?",
         faq(Q_CANCELAR) + " — all but $15 for measuring if the material is not cut yet (else 50 % kept), back by "
         "Zelle within 5 working days.",
         "The payment entry (Zelle) as the answer; the deposit entry; 'all $180 back' without the $15."),
        ("na guará, ya me enredé con tanta cosa. ¿no hay un cristiano por ahí con quien pueda hablar? pásamelo porfa",
         "Hands over to a person (`na guará` = gosh, Lara's typical exclamation; `me enredé` = I got muddled; "
         "`cristiano` = a person) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; reading `cristiano` as religion."),
    ],
    [
        ("buen día! puedo pasar hoy por el taller pa que me echen números de un portón? hasta qué hora hay gente?",
         "Small talk greeting + " + both(Q_TALLER, Q_MEDIR) + " — Calle 38 between carreras 20 and 21, Monday-Friday "
         "7:30-12:00 and 1:30-5:30 p.m. (Saturday 8:00-12:00); a quote on the spot if they bring measurements, or "
         "free measuring in 48 hours via WhatsApp 0414 508 3317 and a written quote 24 hours later. (`echar números` "
         "= to price up.)",
         "Only one half without pointing to the other; 'open Sundays'; the gate-motor entry."),
        ("es que también es pa la casa de mi mamá en Cabudare, ella quiere algo arriba del carro porque el sol le está "
         "pelando la pintura y cuando llueve se le moja todo",
         faq(Q_TECHO) + " — a steel frame with acerolit ($38/m²) or zinc ($30/m²) sheets, gutter included; one car "
         "space (3 × 5 m) from $450; 15-20 working days, fitted in 2 days. (Cabudare: no travel charge.)",
         "The old-grilles paint entry (`pintura`); the 'outside Barquisimeto' entry; the materials entry."),
        ("y de paso, ¿ustedes le dan una manito a las rejas viejas de ella que ya están todas oxidadas? ¿y lo del "
         "techo en cuánto me lo tienen?",
         both(Q_PINTURA, Q_TECHO) + " — sanding, primer and two coats on fitted grilles $8/m² (minimum $40), rusted "
         "bars replaced from $12 each, done on site in 1-2 days; the carport: 15-20 working days to make, 2 days to "
         "fit.",
         "Only one half without pointing to the other; the guarantee entry (`oxidadas`); the new-grille price."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
