"""es: Colchones Tres Pinos (made up), a mattress and bed shop with home delivery in Concepción, Chile; customers
write everyday Chilean Spanish (po, ya po, bacán, la raja, soi, cachar, pucha, chata, altiro, lucas, guagua, harto,
pega, pololo, depa, pieza, podí, más perdía que el teniente Bello). The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MODELOS = "¿Qué modelos de colchón tienen y cuánto cuestan?"
Q_MEDIDAS = "¿Qué medidas de colchón hay?"
Q_FIRMEZA = "¿Qué colchón me conviene?"
Q_PRUEBA = "¿Puedo probar el colchón en mi casa?"
Q_DESPACHO = "¿Cuánto cuesta el despacho y cuánto se demora?"
Q_RETIRO = "¿Se llevan el colchón viejo?"
Q_GARANTIA = "¿Qué garantía tienen los colchones?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_TIENDA = "¿Dónde está la tienda y cuál es el horario?"
Q_CAMAS = "¿Venden camas y respaldos?"
Q_ACCESORIOS = "¿Tienen almohadas, protectores y plumones?"
Q_ANULAR = "¿Puedo anular mi compra?"
Q_FECHA = "¿Puedo cambiar el día de entrega?"
Q_CUIDADO = "¿Cómo cuido mi colchón?"
Q_NINOS = "¿Tienen colchones para cuna y para niños?"

FAQ = [
    (Q_MODELOS,
     "Tenemos 4 modelos. Precios en 2 plazas / King: Básico (espuma de alta densidad) $ 169.990 / $ 229.990; Descanso "
     "(resortes pocket) $ 289.990 / $ 389.990; Nube (viscoelástico) $ 419.990 / $ 559.990; Nube Dúo (viscoelástico con "
     "firmeza distinta en cada lado) $ 459.990 / $ 619.990. En 1 plaza el Básico parte en $ 99.990. Los precios de todas "
     "las medidas están en la tienda y en la web.",
     "productos", ["precio", "modelos", "valor", "resortes", "viscoelástico"],
     ["cuánto vale un colchón de 2 plazas", "qué colchones venden", "precio del colchón king"]),
    (Q_MEDIDAS,
     "Medidas estándar: 1 plaza (90 x 190 cm), 1,5 plazas (105 x 190), 2 plazas (150 x 190), Queen (160 x 200), King "
     "(180 x 200) y Super King (200 x 200). Fabricamos medidas especiales (camas antiguas, casas rodantes, botes) en los "
     "modelos Básico y Descanso, con un recargo de 20 % y un plazo de 15 días hábiles. Las medidas especiales no tienen "
     "prueba de 60 noches ni se pueden devolver.",
     "productos", ["medidas", "tamaño", "plazas", "medida especial", "a pedido"],
     ["hacen colchones a medida", "cuánto mide uno de 2 plazas", "tienen super king"]),
    (Q_FIRMEZA,
     "Depende de cómo duerme: firme (Descanso Firme) si tiene dolor lumbar o pesa más de 90 kg; intermedio (Descanso o "
     "Nube) para la mayoría; más blando (Nube) si duerme de lado y pesa menos de 70 kg. Para parejas con más de 30 kg de "
     "diferencia recomendamos el Nube Dúo, con firmeza distinta en cada lado. En la tienda puede acostarse a probarlos el "
     "tiempo que quiera y la asesoría es gratis, sin hora (los sábados conviene venir antes de las 12).",
     "productos", ["firmeza", "duro", "blando", "espalda", "recomendación", "asesoría"],
     ["cuál es mejor para el dolor de espalda", "quiero un colchón firme", "me pueden recomendar uno"]),
    (Q_PRUEBA,
     "Sí, los modelos Descanso, Nube y Nube Dúo tienen 60 noches de prueba. Entre la noche 21 (el cuerpo necesita unas 3 "
     "semanas para acostumbrarse) y la noche 60 puede cambiarlo una vez por otro modelo pagando solo la diferencia, o "
     "devolverlo y le reembolsamos el 85 % del precio (el retiro cuesta $ 15.000). Debe haberse usado con protector, sin "
     "manchas ni daños. El modelo Básico y las medidas especiales no tienen prueba.",
     "compras", ["prueba", "noches de prueba", "devolver", "cambiar modelo"],
     ["y si no me gusta lo puedo devolver", "cuántas noches de prueba tienen", "puedo cambiarlo por otro"]),
    (Q_DESPACHO,
     "Gran Concepción (Concepción, Talcahuano, Hualpén, San Pedro de la Paz, Chiguayante y Penco): $ 9.990, gratis en "
     "compras desde $ 250.000, en 2 a 4 días hábiles. Resto del Biobío y Ñuble (Coronel, Lota, Tomé, Los Ángeles, "
     "Chillán): $ 19.990, en 5 a 7 días hábiles. Resto de Chile: cotizamos el transporte. Despachamos de lunes a viernes "
     "en bloque AM (9 a 14 h) o PM (14 a 19 h) y los sábados solo AM. Subimos por escalera hasta el piso 4 sin costo; "
     "desde el piso 5 sin ascensor, $ 5.000 por piso.",
     "despacho", ["despacho", "envío", "entrega", "flete", "a domicilio"],
     ["hacen envíos a Talcahuano", "cuánto cobran por llevarlo", "en cuántos días llega"]),
    (Q_RETIRO,
     "Sí, cuando le entregamos el nuevo retiramos su colchón o base anterior por $ 12.000 cada pieza y lo llevamos a "
     "reciclaje. Hay que pedirlo al comprar o por WhatsApp hasta 24 horas antes del despacho; no se puede agregar en el "
     "momento de la entrega. El colchón debe estar seco y sin plagas. Sin compra no hacemos retiros.",
     "despacho", ["colchón viejo", "retiro", "reciclaje", "llevarse"],
     ["retiran el colchón antiguo", "qué hago con mi colchón viejo", "cuánto cobran por llevarse el viejo"]),
    (Q_GARANTIA,
     "Básico 2 años, Descanso 5 años y Nube / Nube Dúo 8 años desde la entrega. Cubre hundimientos de más de 3 cm, "
     "resortes rotos o sueltos y costuras abiertas. No cubre manchas, humedad, quemaduras ni el uso sin una base adecuada: "
     "cama americana, somier o base de tablas con una separación máxima de 7 cm entre tablas. Para usarla mande fotos y "
     "la boleta al WhatsApp +56 9 7341 2286; un técnico lo visita en 5 días hábiles y, si corresponde, reparamos o "
     "cambiamos el colchón en 15 días hábiles.",
     "garantía", ["garantía", "hundido", "falla", "defecto", "reclamo"],
     ["mi colchón se hundió", "cuántos años de garantía tiene", "cómo hago un reclamo"]),
    (Q_PAGO,
     "Efectivo, débito, transferencia y tarjetas de crédito. Con tarjetas de crédito bancarias, hasta 6 cuotas sin "
     "interés (hasta 12 con el interés de su banco). En la web se paga con Webpay. Pagando en efectivo o por "
     "transferencia tiene 5 % de descuento. Entregamos boleta o factura.",
     "pagos", ["pago", "cuotas", "tarjeta", "transferencia", "efectivo"],
     ["se puede pagar en cuotas", "aceptan débito", "hacen descuento por transferencia"]),
    (Q_TIENDA,
     "Av. Los Carrera 1187, Concepción (entre Castellón y Tucapel). Lunes a viernes de 10:00 a 19:30 y sábados de 10:00 "
     "a 14:00; domingos y festivos cerrado. Estacionamiento para 4 autos frente a la tienda. Teléfono (41) 224 3158, "
     "WhatsApp +56 9 7341 2286.",
     "tienda", ["dirección", "horario", "tienda", "sábado", "ubicación"],
     ["a qué hora abren", "dónde quedan", "atienden los domingos"]),
    (Q_CAMAS,
     "Sí. Cama americana (base box + colchón) en todas las medidas estándar; la base sola de 2 plazas cuesta desde "
     "$ 119.990 y la base con cajones (canapé) $ 199.990. Respaldos tapizados desde $ 59.990 en 6 colores. Al despachar "
     "armamos la cama y ponemos el respaldo sin costo.",
     "productos", ["cama americana", "base", "respaldo", "box", "canapé"],
     ["tienen cama completa con base", "cuánto vale un respaldo", "venden bases solas"]),
    (Q_ACCESORIOS,
     "Sí: almohada de fibra $ 12.990 y almohada viscoelástica $ 29.990; protector impermeable de 1 plaza $ 17.990 y de 2 "
     "plazas $ 24.990 (lo recomendamos siempre: la garantía no cubre manchas); plumón de 2 plazas $ 39.990 y King "
     "$ 49.990. Comprando un colchón Nube o Nube Dúo, la primera almohada viscoelástica va de regalo.",
     "productos", ["almohada", "protector", "plumón", "accesorios"],
     ["venden almohadas", "cuánto sale el protector impermeable", "tienen plumones king"]),
    (Q_ANULAR,
     "Sí, gratis hasta 48 horas antes del despacho programado, por WhatsApp +56 9 7341 2286 con su número de pedido. Si "
     "el camión ya salió, cobramos $ 15.000 de flete. Le devolvemos el dinero en 10 días hábiles por el mismo medio de "
     "pago: en tarjeta de crédito se anula la compra completa, incluidas las cuotas que falten, y el banco lo refleja en "
     "su estado de cuenta. Los productos de medida especial no se pueden anular una vez que entran a fabricación.",
     "compras", ["anular", "cancelar", "devolución", "reembolso", "arrepentirse"],
     ["quiero cancelar mi pedido", "me arrepentí de la compra", "me devuelven la plata"]),
    (Q_FECHA,
     "Sí, sin costo hasta 24 horas antes, por WhatsApp +56 9 7341 2286 con su número de pedido. Entregamos de lunes a "
     "viernes en bloque AM (9 a 14 h) o PM (14 a 19 h) y los sábados solo AM. El día anterior le confirmamos el bloque "
     "por SMS. Si no hay nadie para recibir, el segundo despacho cuesta $ 9.990. Si todavía no puede recibirlo, guardamos "
     "su compra sin costo hasta 60 días.",
     "despacho", ["cambiar fecha", "reprogramar", "día de entrega", "bloque horario"],
     ["pueden traerlo otro día", "no voy a estar en la casa ese día", "se puede entregar un sábado"]),
    (Q_CUIDADO,
     "Al sacarlo del plástico déjelo ventilar 2 horas sin sábanas: el olor a nuevo es normal y desaparece en unas 72 "
     "horas. Gírelo cabeza-pies cada 3 meses (nuestros colchones tienen una sola cara para dormir, no se dan vuelta). Use "
     "protector, no salte encima ni lo doble. Para manchas, solo un paño húmedo con jabón neutro; nunca lo moje ni lo "
     "lave.",
     "productos", ["cuidado", "girar", "dar vuelta", "olor", "limpiar"],
     ["cada cuánto hay que girar el colchón", "el colchón nuevo tiene olor", "cómo limpio una mancha"]),
    (Q_NINOS,
     "Sí. Colchón de cuna 60 x 120 cm $ 49.990 y 70 x 140 cm $ 69.990, de espuma firme con funda lavable (apto desde "
     "recién nacido). Para niños desde 3 años, el Básico o el Descanso en 1 plaza (desde $ 99.990). Cama nido de 1 plaza "
     "con segundo colchón: $ 249.990.",
     "productos", ["cuna", "niños", "bebé", "infantil", "cama nido"],
     ["colchón para la cuna del bebé", "qué colchón para un niño de 5 años", "venden cama nido"]),
]

PLAN = [
    [  # 1
        ("holaa buenas tardes! me cambié a un depa en San Pedro y ando buscando colchón de 2 plazas, qué precios "
         "manejan? y cuánto me cobran por llevármelo hasta allá?",
         "Small talk greeting + " + both(Q_MODELOS, Q_DESPACHO) + " — 2 plazas: Básico $ 169.990, Descanso $ 289.990, "
         "Nube $ 419.990, Nube Dúo $ 459.990; San Pedro de la Paz is in Gran Concepción: delivery $ 9.990, free from "
         "$ 250.000, in 2 to 4 working days. (`depa` = flat, `San Pedro` = San Pedro de la Paz.)",
         "Only one half without pointing to the other; a price invented; the $ 19.990 rate for the rest of the region; "
         "'we don't deliver to San Pedro'."),
        ("y si me llevo el de resortes igual pago lo del camión?",
         faq(Q_DESPACHO) + " — the spring model (Descanso, $ 289.990 in 2 plazas) is over $ 250.000, so delivery in "
         "Gran Concepción is free. (Repeating its price from the models entry is a plus.)",
         "'Delivery is $ 9.990' without the free threshold; the payment entry; the old-mattress pickup."),
        ("me lo dejan en cuotas sin interes con la visa? o sale mas barato pagar x transferencia?",
         faq(Q_PAGO) + " — bank credit cards up to 6 instalments without interest (up to 12 with the bank's interest); "
         "5 % off paying cash or by transfer; Webpay on the website.",
         "Only one half (instalments or the discount); inventing 12 without interest; the cancelling entry."),
        ("ya po, bacán, la raja. muchas gracias! después te escribo al wsp. chao",
         "Small talk: acknowledgement + thanks + goodbye (`ya po` = OK then, `bacán` / `la raja` = great, `wsp` = "
         "WhatsApp, `chao` = bye) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("buenas, les quería preguntar algo",
         "Too vague to answer — choices (models, delivery, warranty...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mi hijo se fue a estudiar a Santiago y quiero arreglar su pieza pa las visitas, pero la cama es una antigua de "
         "fierro que mide 1,20 x 1,90. me hacen uno que calce?",
         TYPE + faq(Q_MEDIDAS) + " — 120 x 190 is not a standard size; special sizes are made in the Básico and "
         "Descanso models with 20 % surcharge in 15 working days, and have no 60-night trial and cannot be returned. "
         "(`pieza` = room, `fierro` = iron.)",
         "Tapping a choice; 'we only sell standard sizes'; offering the 1,5 plazas (105 cm) as if it fitted; the trial "
         "entry."),
        ("y si mejor cambio la cama entera? venden la parte de abajo tambien o solo colchones?",
         faq(Q_CAMAS) + " — yes: cama americana (base box + mattress) in all standard sizes, base alone for 2 plazas from "
         "$ 119.990, base with drawers (canapé) $ 199.990, headboards from $ 59.990; assembled free on delivery.",
         "'Only mattresses'; the special-size entry again; inventing a price for a 1,20 bed."),
        ("oye una cosa, tú soi persona o soi robot? pa cachar no más",
         "Small talk: are you a bot (`soi` = eres, `pa cachar no más` = just to know) — honest: an automated assistant; "
         "may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("hola, es por el colchón que me llegó la semana pasada",
         "Too vague to answer — choices (care, trial, warranty...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("no, nada que ver",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("lo saque del plastico ayer y la pieza quedo hedionda a quimico, se le quita solo o es q viene malo?",
         faq(Q_CUIDADO) + " — the new smell is normal and goes in about 72 hours; air it 2 hours without sheets after "
         "unpacking. (`hedionda` = smelly.)",
         "The warranty or the 60-night trial as if the mattress were faulty; the cancelling entry; 'return it'."),
        ("y ustedes lavan colchones? tengo uno en la pieza de los niños lleno de manchas de jugo",
         "Not covered (near the trade: a mattress-cleaning service, not offered) — says so honestly, may offer a person; "
         "no price. (The care entry's damp-cloth tip is at most a plus after saying there is no such service.)",
         "Inventing a cleaning service or price; the care entry as if it were the service; the children's mattresses "
         "entry."),
    ],
    [  # 4
        ("cuánta garantía trae el viscoelástico? y si lo pruebo y no me gusta lo puedo devolver?",
         both(Q_GARANTIA, Q_PRUEBA) + " — Nube: 8 years (sinking over 3 cm, broken springs, seams; not stains or use "
         "without a proper base); 60 nights' trial: between night 21 and night 60 one exchange paying only the "
         "difference, or return with 85 % refunded ($ 15.000 pickup), used with a protector and without stains.",
         "Only one half without pointing to the other; 'full refund'; a trial for the Básico."),
        ("no, no era eso lo que pregunté. yo peso 55 y mi marido como 105 y nunca nos ponemos de acuerdo: a él le gusta "
         "tieso y a mí mullidito. hay algo que nos sirva a los dos? y cuánto sale en king?",
         "Acknowledges the push-back + " + both(Q_FIRMEZA, Q_MODELOS) + " — 50 kg difference: the Nube Dúo, a "
         "different firmness on each side; King $ 619.990 (2 plazas $ 459.990); they can try it lying on it in the shop, "
         "advice free. (`tieso` = firm, `mullidito` = soft.)",
         "Repeating the warranty/trial answer; one firmness for both; another model's King price."),
        ("pucha, tampoco. estoy chata de dar vueltas con esto, quiero hablar con alguien de la tienda altiro",
         "Push-back (second time in a row) + request for a person (annoyed; `pucha` = darn, `chata` = fed up, `altiro` "
         "= right away) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; the care entry for `dar vueltas`."),
        ("aló? hay alguien o me dejaron botada?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time. (`dejar botada` = leave stranded.)",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ESTO ES UNA ESTAFA!!! pagué casi 300 lucas por uno de resortes hace un año y medio y ya se le hizo un hoyo al "
         "medio. vino el técnico de ustedes y me dice que no me lo cubren porque mi cama es de tablas. y pa qué me venden "
         "5 años entonces??",
         faq(Q_GARANTIA) + " — calm, apologises: the Descanso has 5 years and covers sinking over 3 cm, but not use "
         "without a proper base; a slatted base counts as proper when the slats are at most 7 cm apart (then it is "
         "covered: repair or exchange within 15 working days); offering a person to review the technician's decision "
         "is good. (`lucas` = thousand pesos.)",
         "Cold rule ignoring the anger; promising a new mattress outright; 8 years; the 60-night trial; the care entry."),
        ("oye y sabí si el Mall del Centro abre el 8 de diciembre?",
         "Not covered (unrelated: another business's hours on the 8 December holiday) — says it cannot help with that, "
         "no FAQ answer. (`sabí` = sabes.)",
         "Inventing the mall's hours; the shop's own hours as if they were the mall's."),
        ("que me llame el encargado al +56 9 8826 4471, mañana entre las 3 y las 5 de la tarde porfa",
         "Hands over / passes on a callback request to +56 9 8826 4471 tomorrow (Wednesday 2 December) between 15:00 "
         "and 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer."),
        ("ya, y cuanto se demoran en llamarme mas o menos?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery times (2 to 4 working days) or the technician's 5 working days; promising an exact time."),
    ],
    [  # 6
        ("hola, el sábado pagué una cama americana de 2 plazas que me traen el otro lunes, pero terminé con mi pololo "
         "y me vuelvo donde mi mamá, allá no tengo ni dónde ponerla",
         faq(Q_ANULAR) + " — free until 48 hours before the scheduled delivery (`el otro lunes` = next week's Monday, 7 December or later, so still free) by "
         "WhatsApp +56 9 7341 2286 with the order number; money back within 10 working days by the same means of "
         "payment. Keeping the order stored free up to 60 days (" + faq(Q_FECHA) + ") is a plus. Must not claim the "
         "purchase is cancelled. (`pololo` = boyfriend.)",
         "Claiming it is cancelled now; the $ 15.000 freight charge as if the lorry had left; the headboard/bed entry."),
        ("mmm ya, bueno",
         "Ambiguous yes — asks what she wants (cancel? store the order?) or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the purchase is now cancelled or the delivery moved; a random FAQ entry."),
        ("y la plata cuando me vuelve? la pague en 6 cuotas con la tarjeta",
         faq(Q_ANULAR) + " — within 10 working days by the same means of payment: on a credit card the whole purchase "
         "is reversed, including the instalments still to come, shown on the card statement.",
         "The payment entry (6 instalments without interest) as the answer; 'only the instalments paid so far'; cash "
         "refund."),
        ("oye me enredé entera, estoy más perdía que el teniente Bello. me podí pasar con alguien de la tienda? una "
         "persona de verdad, ahora ya porfa",
         "Hands over to a person (`más perdía que el teniente Bello` = totally lost, `podí` = puedes, `ahora ya` = right "
         "now) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("buenas tardes! tengo el despacho para este jueves pero me cambiaron el turno en la pega, lo pueden traer el "
         "sábado? y la tienda está abierta el sábado en la tarde? quiero pasar a ver almohadas",
         "Small talk greeting + " + both(Q_FECHA, Q_TIENDA) + " — the delivery day can be changed free until 24 hours "
         "before (Thursday 3 December, so still free) by WhatsApp with the order number; Saturdays only the AM block "
         "(9 to 14 h); the shop is open Saturday 10:00-14:00 only, so not in the afternoon (Mon-Fri 10:00-19:30). "
         "(`pega` = job.)",
         "Only one half without pointing to the other; 'open Saturday afternoon'; a Saturday PM delivery; a fee for the "
         "change."),
        ("y otra cosa, tengo una guagua de 8 meses que ya está harto grande pa'l moisés, qué me recomiendan pa ella?",
         faq(Q_NINOS) + " — cot mattress 60 x 120 cm $ 49.990 or 70 x 140 cm $ 69.990, firm foam with a washable "
         "cover, suitable from birth. (`guagua` = baby, `harto` = very, `moisés` = bassinet.)",
         "The firmness advice for adults; the 1 plaza Básico; inventing a bassinet."),
        ("ah y dos cosas mas: cuando lo traigan se pueden llevar el colchón viejo? y cuánto vale el protector "
         "impermeable de 2 plazas?",
         both(Q_RETIRO, Q_ACCESORIOS) + " — old mattress or base taken away for $ 12.000 each, to be asked by WhatsApp "
         "at least 24 hours before the delivery (not at the door); waterproof protector 2 plazas $ 24.990.",
         "Only one half without pointing to the other; 'free pickup'; 'just ask the drivers'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
