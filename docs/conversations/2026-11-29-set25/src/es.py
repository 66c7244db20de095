"""es: Sol del Segura Energía (made up), solar-panel installer in Murcia, plain everyday Spain Spanish (Murcia)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRESUPUESTO = "¿Cómo pido un presupuesto?"
Q_PRECIO = "¿Cuánto cuesta una instalación de placas solares?"
Q_AYUDAS = "¿Hay subvenciones o ayudas para instalar placas?"
Q_BATERIAS = "¿Merece la pena poner baterías?"
Q_PLAZO = "¿Cuánto se tarda en hacer la instalación?"
Q_PERMISOS = "¿Qué permisos y papeles hacen falta?"
Q_MANTENIMIENTO = "¿Qué mantenimiento necesitan las placas?"
Q_GARANTIA = "¿Qué garantía tienen las placas y la instalación?"
Q_FINANCIACION = "¿Se puede financiar la instalación?"
Q_COMPENSACION = "¿Qué pasa con la energía que no consumo?"
Q_COMUNIDAD = "¿Se pueden poner placas en una comunidad de vecinos?"
Q_AHORRO = "¿Cuánto voy a ahorrar en la factura de la luz?"
Q_AVERIA = "¿Qué hago si la instalación no produce o da error?"
Q_ANULAR = "¿Puedo anular el contrato?"
Q_HORARIO = "¿Dónde estáis y cuál es vuestro horario?"

FAQ = [
    (Q_PRESUPUESTO,
     "Pídelo por teléfono, WhatsApp o en la web. Un técnico va a tu casa sin coste en un plazo de 7 días, mira el tejado "
     "(orientación, sombras, tipo de cubierta) y tus últimas facturas, y te mandamos el presupuesto cerrado en 48 horas. "
     "Si solo quieres una estimación, con una foto del tejado y una factura te damos un precio orientativo el mismo día.",
     "presupuestos", ["presupuesto", "visita técnica", "estudio", "sin compromiso", "precio orientativo"],
     ["venís a ver mi casa antes", "me podéis hacer un presupuesto", "la visita se paga"]),
    (Q_PRECIO,
     "Una instalación de 3 kWp para una vivienda (6 paneles, inversor, estructura, legalización y puesta en marcha) "
     "cuesta desde 4.200 € con IVA; una de 5 kWp, desde 6.300 €. El precio final depende del tejado y se cierra en el "
     "presupuesto tras la visita.",
     "precios", ["precio", "coste", "kWp", "paneles", "cuánto vale"],
     ["cuánto sale poner placas en un chalet", "qué precio tiene una instalación de 5 kW"]),
    (Q_AYUDAS,
     "Puedes deducirte en el IRPF entre el 20 % y el 40 % de la inversión (según la obra), y en el municipio de Murcia "
     "hay una bonificación del 50 % del IBI durante 3 años y del 95 % del ICIO (impuesto de obras). Nosotros tramitamos "
     "las bonificaciones sin coste; las ayudas de fondos europeos están ahora cerradas.",
     "ayudas", ["subvención", "ayudas", "IBI", "IRPF", "deducción", "bonificación"],
     ["me devuelve algo hacienda", "hay ayudas del ayuntamiento"]),
    (Q_BATERIAS,
     "Una batería de 5 kWh cuesta desde 3.400 € instalada y guarda lo que sobra de día para usarlo por la noche. "
     "Compensa si gastas mucho de noche o quieres más independencia; si no, suele bastar la compensación de excedentes. "
     "Se puede añadir más adelante, porque instalamos inversores híbridos que la admiten.",
     "baterías", ["batería", "almacenamiento", "kWh", "inversor híbrido"],
     ["cuánto cuesta la batería", "puedo poner la batería más tarde", "tener luz por la noche"]),
    (Q_PLAZO,
     "El montaje en una vivienda se hace en 1 o 2 días. Desde que aceptas el presupuesto hasta que la instalación "
     "funciona pasan unas 4 a 6 semanas, sobre todo por los permisos. La conexión para compensar excedentes con la "
     "distribuidora puede tardar 1 o 2 meses más.",
     "instalación", ["plazo", "cuánto tarda", "días de obra", "montaje"],
     ["cuántos días estáis en mi casa", "para cuándo la tendría funcionando"]),
    (Q_PERMISOS,
     "Nos encargamos nosotros de todo: declaración responsable o licencia en el ayuntamiento, registro de autoconsumo "
     "en la Región de Murcia, certificado de instalación y alta con la distribuidora. Está incluido en el precio y suele "
     "tardar de 2 a 4 semanas.",
     "instalación", ["permisos", "licencia", "ayuntamiento", "legalización", "trámites"],
     ["hace falta licencia de obra", "quién hace los papeles"]),
    (Q_MANTENIMIENTO,
     "Las placas necesitan poco: una limpieza 1 o 2 veces al año (en Murcia, por el polvo y la calima) y una revisión "
     "del inversor y las conexiones. Limpieza suelta 90 €; plan anual con 2 limpiezas y revisión 140 € al año. También "
     "lo hacemos en instalaciones que no hemos montado nosotros.",
     "mantenimiento", ["mantenimiento", "limpieza", "limpiar", "revisión anual"],
     ["hay que limpiar las placas", "hacéis mantenimiento de placas de otra empresa"]),
    (Q_GARANTIA,
     "Los paneles tienen 25 años de garantía de producto y de rendimiento (mínimo el 84 % de potencia a los 25 años), el "
     "inversor 10 años y la batería 10 años. Nuestra mano de obra y la estructura tienen 5 años de garantía; durante ese "
     "tiempo las reparaciones no te cuestan nada.",
     "garantías", ["garantía", "años de garantía", "rendimiento", "inversor"],
     ["cuánto duran las placas", "qué cubre la garantía"]),
    (Q_FINANCIACION,
     "Sí: hasta 84 meses con financiera, y a 12 meses sin intereses (0 % TIN) para instalaciones de hasta 8.000 €. Si "
     "pagas al contado, el 30 % al firmar y el 70 % al terminar la instalación, por transferencia o tarjeta.",
     "pagos", ["financiación", "plazos", "cuotas", "pagar a plazos", "forma de pago"],
     ["se puede pagar a plazos", "cuánto se paga al firmar"]),
    (Q_COMPENSACION,
     "Con la compensación simplificada, la energía que viertes a la red se descuenta en tu factura (según tu "
     "comercializadora, entre 0,05 y 0,08 € por kWh) hasta dejar a 0 € el término de energía. El descuento empieza cuando "
     "la distribuidora tiene dada de alta la instalación, normalmente 1 a 3 meses después de ponerla en marcha; mientras "
     "tanto la factura no lo refleja.",
     "compensación", ["compensación", "excedentes", "vertido a red", "batería virtual", "energía sobrante"],
     ["me pagan la luz que sobra", "cuándo empiezan a descontarme en la factura"]),
    (Q_COMUNIDAD,
     "Sí, con autoconsumo colectivo en la cubierta común. Basta el acuerdo de 1/3 de los propietarios en junta, y "
     "solo pagan y se benefician los vecinos que se apunten. Hacemos la visita, el estudio y una presentación en la junta "
     "sin coste; el reparto de la energía se fija en un acuerdo firmado por los participantes.",
     "comunidades", ["comunidad de vecinos", "autoconsumo colectivo", "junta", "cubierta común", "piso"],
     ["vivo en un piso, puedo tener placas", "cuántos vecinos tienen que estar de acuerdo"]),
    (Q_AHORRO,
     "En Murcia una vivienda suele ahorrar entre el 40 % y el 70 % de la factura de la luz; con batería, hasta el 80 %. "
     "La inversión se recupera normalmente en 5 a 7 años, y los paneles duran más de 25.",
     "ahorro", ["ahorro", "factura", "amortización", "recuperar la inversión"],
     ["cuánto me bajará el recibo", "en cuántos años se amortiza"]),
    (Q_AVERIA,
     "Mira primero en la app si el inversor tiene conexión y si hay un código de error; a veces basta con reiniciarlo "
     "(apagar 5 minutos). Si sigue igual, llama al 968 204 377 (opción 2) o escríbenos por WhatsApp: un técnico va en "
     "48 horas laborables y, dentro de garantía, no pagas nada.",
     "averías", ["avería", "error", "no produce", "técnico", "incidencia"],
     ["las placas no producen nada", "el inversor marca error"]),
    (Q_ANULAR,
     "Sí: tienes 14 días naturales desde la firma para desistir sin coste, y te devolvemos lo pagado en 14 días como "
     "máximo. Después, si aún no hemos pedido el material, se descuentan 300 € por el estudio y la tramitación; con el "
     "material ya pedido o instalado no se puede anular.",
     "contratos", ["anular", "cancelar", "desistimiento", "echarse atrás", "rescindir"],
     ["quiero cancelar el contrato", "me puedo echar atrás después de firmar"]),
    (Q_HORARIO,
     "Estamos en la avenida Juan de Borbón 77, 30007 Murcia (aparcamiento propio). Horario: de lunes a viernes de 8:00 a "
     "14:00 y de 16:30 a 19:30; sábados de 9:00 a 13:00 solo con cita. Teléfono 968 204 377, WhatsApp 644 310 218.",
     "general", ["horario", "dirección", "oficina", "teléfono", "abierto"],
     ["a qué hora abrís", "dónde tenéis la oficina"]),
]

PLAN = [
    [  # 1 price, subsidies, battery, timing
        ("hola buenas, tengo un chalet en molina de segura, cuanto me costaria poner placas? y dan alguna ayuda?",
         "Small talk greeting + " + both(Q_PRECIO, Q_AYUDAS) + " — 3 kWp from 4.200 € incl. VAT, 5 kWp from 6.300 €; IRPF 20-40 %, in Murcia city 50 % IBI for 3 years and 95 % ICIO (Molina is another town: the IBI/ICIO figures are for Murcia; saying so is a plus, not required).",
         "Only one half without pointing to the other; the savings entry only; a handover."),
        ("y con bateria?",
         faq(Q_BATERIAS) + " — a 5 kWh battery from 3.400 € installed; can be added later (hybrid inverter).",
         "The whole price entry again without the battery; the guarantee entry; asking what he means."),
        ("vale y desde que firmo hasta que lo tenga funcionando cuanto pasa?",
         faq(Q_PLAZO) + " — 1-2 days of work, 4-6 weeks from accepting the quote (permits); compensation hook-up 1-2 months more.",
         "The permits entry alone without the time; the cancellation entry ('firmo'); 'not covered'."),
        ("perfecto, muchas gracias. un saludo",
         "Small talk: thanks + goodbye (acknowledgement) — short closing.",
         "An FAQ entry; choices; a handover."),
    ],
    [  # 2 vague, savings typed while choices show
        ("info placas",
         "Too vague to answer — choices (price, quote, savings, subsidies) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("el mes pasado pague 140 euros de electricidad, con esto cuanto me quitaria?",
         TYPE + faq(Q_AHORRO) + " — usually 40-70 % less on the electricity bill in Murcia (up to 80 % with a battery).",
         "Tapping an earlier choice; the price entry; the compensation entry alone; 'not covered'."),
        ("y en cuantos años lo recupero?",
         faq(Q_AHORRO) + " — pays for itself in about 5-7 years; panels last over 25.",
         "The guarantee entry (25 years); the financing entry; asking what she means."),
        ("una pregunta, hablo con una maquina?",
         "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague problem, typed rejection, fault, heat pump
        ("tengo un problema con las placas",
         "Too vague to answer — choices (fault/no production, maintenance, guarantee) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("no, ninguna de esas",
         TYPE + "Typed rejection — asks what the problem is / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("desde ayer la app me sale todo a cero y el inversor tiene una lucecita roja parpadeando",
         faq(Q_AVERIA) + " — check the app connection/error code, restart the inverter (off 5 minutes); if not, call 968 204 377 option 2 or WhatsApp: technician within 48 working hours, free under guarantee.",
         "The maintenance entry (cleaning); the guarantee entry alone; a handover without the steps."),
        ("y aerotermia instalais? quiero quitar la caldera de gasoil",
         "Not covered by the FAQ (near the trade: heat pumps / aerothermal heating are not in their services) — says so honestly, offers a person.",
         "Pretending they install heat pumps; the battery or price entry; the subsidy entry as if it covered it."),
    ],
    [  # 4 community + permits, push-back twice, waiting
        ("vivo en un cuarto piso, en la azotea del edificio se podrian poner? y lo del ayuntamiento quien lo tramita",
         both(Q_COMUNIDAD, Q_PERMISOS) + " — collective self-consumption on the shared roof, one third of the owners in the meeting, only participants pay; all permits (town hall, registry, distributor) done by them, included, 2-4 weeks.",
         "Only one half without pointing to the other; the subsidy entry; 'not covered'."),
        ("no me has contestado a lo que te pregunte. y si se me rompe algo en el 2035 quien lo paga?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_GARANTIA) + " — panels 25 years, inverter and battery 10, workmanship 5 years: in 2035 (about 9 years on) panels, inverter and battery are still covered, the workmanship no longer.",
         "Ignoring the complaint and repeating the previous answer; the fault entry without the guarantee years; an immediate handover without answering."),
        ("que no!! que me pongas con una persona ya, esto es una perdida de tiempo",
         "Hands over to a person (direct request, angry) — short apology, no more FAQ answers.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? sigue alguien ahi",
         WAIT + AFTER + "Waiting — reassures that a person will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat started again; promising a time."),
    ],
    [  # 5 angry about the bill (compensation), unrelated, callback, waiting
        ("esto es una vergüenza, llevo 2 meses con las placas puestas y la factura sigue igual, no me quitan nada de lo que producimos de mas. me estais tomando el pelo",
         faq(Q_COMPENSACION) + " — the discount starts once the distributor has registered the installation, usually 1-3 months after start-up; then 0,05-0,08 €/kWh off. Calm, acknowledges the anger; offering a person as well is fine.",
         "The savings entry (40-70 %) as if it answered; the fault entry; a cold answer ignoring the anger; a handover with no explanation."),
        ("por cierto, sabes si el martes cortan el centro por el bando de la huerta?",
         "Not covered (unrelated: street closures for the Murcia spring festival) — says it cannot help with that, no FAQ answer.",
         "Any FAQ answer (e.g. opening hours); inventing an answer."),
        ("mejor que me llame alguien, 634 21 78 09, por las mañanas",
         "Hands over / arranges a callback to 634 21 78 09 in the morning; no FAQ answer.",
         "Ignoring the number; an FAQ answer (opening hours); saying they cannot call."),
        ("vale, y eso para cuando mas o menos?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The installation-time entry (4-6 weeks) or the compensation timing; promising an exact time."),
    ],
    [  # 6 backing out without the word, ambiguous yes, refund, dialect person
        ("al final mi marido no lo ve claro y no vamos a seguir con lo de las placas, lo firmamos hace una semana",
         faq(Q_ANULAR) + " — within 14 days of signing they can withdraw at no cost, money back within 14 days; do not claim it has been cancelled (offer a person / tell how).",
         "Claiming the contract is cancelled; the financing or price entry; trying to sell."),
        ("si",
         "Ambiguous yes — asks what she means or confirms what happens next (a person / how to withdraw); must not claim anything was cancelled.",
         "Saying the contract is now cancelled; a random FAQ entry."),
        ("y los 1.900 euros que dimos al firmar nos los devolveis enteros?",
         faq(Q_ANULAR) + " — within the 14 days: yes, all of it, within 14 days.",
         "Saying 300 € are kept (that is after 14 days); the financing entry (30 % at signing) as the answer."),
        ("acho, esto asi no hay quien se aclare, pasame con alguien de la oficina",
         "Hands over to a person (Murcian 'acho') — short, no FAQ answer.",
         "An FAQ answer (office address); not understanding the request; asking to rephrase."),
    ],
    [  # 7 maintenance of another firm's panels + office, dust, quote + financing
        ("buenas tardes! las placas me las puso otra empresa hace 3 años, vosotros las revisais igual? y donde teneis la oficina",
         "Small talk greeting + " + both(Q_MANTENIMIENTO, Q_HORARIO) + " — yes, also installations by others: cleaning 90 €, annual plan 140 €; avenida Juan de Borbón 77, Murcia, Mon-Fri 8:00-14:00 and 16:30-19:30.",
         "Only one half without pointing to the other; the guarantee entry ('3 años'); 'not covered'."),
        ("y cada cuanto hay que quitarles el polvo?",
         faq(Q_MANTENIMIENTO) + " — cleaning once or twice a year (dust, calima).",
         "The fault entry; asking what he means; the opening hours again."),
        ("vale. y si les quiero añadir bateria teneis que venir a verlo o me dais precio por telefono? se puede pagar poco a poco?",
         both(Q_PRESUPUESTO, Q_FINANCIACION) + " — free visit within 7 days and a fixed quote in 48 h, or a rough price the same day from a photo and a bill; financing up to 84 months, 12 months at 0 % up to 8.000 €. Mentioning the battery price (from 3.400 €) is a plus.",
         "Only one half without pointing to the other; only the battery entry; the opening hours."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
