"""Spanish (Rioplatense, Buenos Aires): Heladería Don Tano, ice-cream parlour with its own delivery, Villa Urquiza (CABA)."""
from common_es_nl_pt import AFTER, CHOICES, REJECT, WAIT, both, faq, overlap_report, write_faq, write_plan

HORARIO = "¿Qué horario tienen?"
PRECIO = "¿Cuánto cuesta el helado?"
ENVIO = "¿Hacen envíos a domicilio?"
GUSTOS = "¿Cuántos gustos puedo elegir?"
TACC = "¿Tienen helados sin TACC?"
VEGANO = "¿Tienen helados veganos o sin lactosa?"
PAGO = "¿Cómo puedo pagar?"
PEDIDO = "¿Cómo hago un pedido de delivery?"
CANCELAR = "¿Puedo cancelar o cambiar un pedido?"
RECLAMO = "¿Qué hago si mi pedido llegó mal o derretido?"
TORTA = "¿Hacen tortas heladas?"
FREEZER = "¿Cuánto dura el helado en el freezer?"
DONDE = "¿Dónde están?"
PROMO = "¿Tienen promociones?"
EVENTOS = "¿Venden helado para eventos?"

WA = "WhatsApp 11 4521-3380"

FAQ = [
    (HORARIO, "Abrimos todos los días de 13:00 a 00:30; viernes y sábados hasta la 01:30. El delivery funciona todos los días de 13:30 a 00:00.",
     "horarios", ["horario", "abren", "cierran", "hora"], ["¿Hasta qué hora están abiertos?", "¿A qué hora abren?"]),
    (PRECIO, "1/4 kg $4.500 (hasta 3 gustos), 1/2 kg $8.500 (hasta 4 gustos), 1 kg $15.000 (hasta 4 gustos). Cucurucho o vasito simple $3.000, doble $4.200.",
     "precios", ["precio", "cuarto", "medio", "kilo", "cuesta"], ["¿Cuánto sale el kilo?", "¿Qué precio tiene el cuarto?"]),
    (ENVIO, "Sí, con delivery propio a Villa Urquiza, Coghlan, Saavedra y Villa Pueyrredón. El envío cuesta $1.200 y es gratis en pedidos desde $20.000. Demora habitual: 30 a 45 minutos.",
     "delivery", ["delivery", "envío", "domicilio", "zona"], ["¿Hasta dónde hacen delivery?", "¿Cuánto cuesta el envío?"]),
    (GUSTOS, "Cucurucho y vasito: hasta 2 gustos. 1/4 kg: hasta 3 gustos. 1/2 kg y 1 kg: hasta 4 gustos. Tenemos 36 gustos; la lista del día está en heladeriadontano.com.ar.",
     "productos", ["gustos", "sabores", "elegir", "cuantos"], ["¿Cuántos sabores entran en el cuarto?", "¿Qué gustos tienen?"]),
    (TACC, "Todos los gustos son sin TACC excepto los que llevan galletita, brownie o cereal (están marcados en la lista). A pedido servimos en cucurucho sin TACC (+$500). Compartimos mostrador, así que no podemos garantizar ausencia total de trazas.",
     "alergias", ["sin tacc", "celiaco", "gluten", "trazas"], ["¿Tienen opciones para celíacos?", "¿El helado tiene gluten?"]),
    (VEGANO, "Sí: todos los gustos al agua (limón, frutilla, maracuyá, frambuesa, mango) son veganos y sin lactosa, y hay 3 gustos de crema veganos a base de leche de almendras: chocolate, vainilla y dulce de leche vegano.",
     "alergias", ["vegano", "lactosa", "al agua", "almendras"], ["¿Hay helado sin leche?", "¿Qué gustos son veganos?"]),
    (PAGO, "En el local: efectivo, débito, crédito en 1 pago, Mercado Pago con QR y transferencia. En el delivery: efectivo, Mercado Pago o transferencia; el repartidor no lleva posnet.",
     "pagos", ["pagar", "tarjeta", "mercado pago", "efectivo", "transferencia"], ["¿Aceptan tarjeta?", "¿Puedo pagar con transferencia?"]),
    (PEDIDO, f"Por {WA}, por la web heladeriadontano.com.ar o por PedidosYa. Por WhatsApp mandanos la dirección, los gustos y la forma de pago.",
     "delivery", ["pedido", "pedir", "whatsapp", "web", "pedidosya"], ["¿Cómo pido?", "¿Tienen WhatsApp para pedir?"]),
    (CANCELAR, f"Sí, mientras el pedido no haya salido: hasta 10 minutos después de confirmado, escribiendo al {WA}. Si el repartidor ya salió no se puede cancelar. Si pagaste por adelantado te devolvemos el dinero en 48 horas hábiles.",
     "delivery", ["cancelar", "anular", "cambiar", "pedido"], ["¿Puedo anular mi pedido?", "¿Puedo cambiar un gusto del pedido?"]),
    (RECLAMO, f"Te pedimos disculpas. Mandanos una foto al {WA} dentro de la hora de recibido el pedido y te lo reponemos sin cargo o te devolvemos el dinero.",
     "reclamos", ["derretido", "llegó mal", "reclamo", "equivocado"], ["Me mandaron otro gusto", "El helado llegó derretido"]),
    (TORTA, "Sí, tortas heladas de 1 kg ($19.000) y 2 kg ($34.000), con hasta 3 gustos y base de bizcochuelo o brownie. Se encargan con 48 horas de anticipación y una seña del 50%.",
     "productos", ["torta helada", "torta", "cumpleaños", "encargo"], ["¿Puedo encargar una torta helada?", "¿Cuánto sale la torta helada?"]),
    (FREEZER, "Hasta 15 días en el freezer a -18 °C, bien tapado. En el envase térmico aguanta unos 40 minutos fuera del freezer.",
     "productos", ["freezer", "dura", "conservar", "guardar"], ["¿Cuánto tiempo se conserva?", "¿Cuánto aguanta sin freezer?"]),
    (DONDE, "Av. Triunvirato 4820, Villa Urquiza, a 3 cuadras de la estación Urquiza del tren Mitre. Hay estacionamiento medido sobre la avenida.",
     "local", ["dirección", "donde", "ubicación", "local"], ["¿Cuál es la dirección?", "¿Dónde queda el local?"]),
    (PROMO, "Lunes y martes 2x1 en cucuruchos. Jueves 20% de descuento pagando con Cuenta DNI (tope $5.000). Jubilados 10% todos los días presentando el carnet.",
     "precios", ["promo", "descuento", "2x1", "oferta"], ["¿Hay descuentos?", "¿Qué promos tienen hoy?"]),
    (EVENTOS, "Vendemos baldes de 5 kg ($65.000, hasta 3 gustos) para eventos y fiestas. Se encargan con 72 horas de anticipación.",
     "productos", ["evento", "balde", "fiesta", "por mayor"], ["¿Venden baldes grandes?", "¿Tienen helado para fiestas?"]),
]

CONVS = [
    [  # 1: greeting + question, follow-ups, two questions in one, thanks/goodbye
        ("hola buenas! hasta q hora estan hoy?",
         faq(HORARIO, "open every day 13:00–00:30, Fri and Sat until 01:30 (greeting + question: a short hello back is fine)"),
         "only a greeting; the delivery entry; choices"),
        ("y el delivery?",
         faq(HORARIO, "delivery runs every day 13:30–00:00 (follow-up about delivery HOURS)"),
         "the delivery zones/cost entry without the hours; choices; 'didn't understand'"),
        ("llegan a saavedra?",
         faq(ENVIO, "yes, Saavedra is in the zone; $1.200, free from $20.000; 30–45 min"),
         "the address entry; 'not covered'"),
        ("cuanto sale el medio? y le puedo poner dulce de leche granizado, chocolate, frutilla y limon o me pase",
         both(PRECIO, GUSTOS, "1/2 kg $8.500; up to 4 gustos in the 1/2 kg, so those 4 are fine"),
         "only one half with no pointer to the other; telling them 4 is too many"),
        ("joya, mil gracias genio. abrazo!",
         "Small talk: you're welcome / bye", "repeating an FAQ answer; a handover"),
    ],
    [  # 2: vague -> choices; question typed while choices show; follow-up; bot?
        ("tengo una duda con lo del pedido",
         "Too vague to answer — choices (how to order / cancel or change / order arrived wrong) or a question which",
         "a handover; picking one entry and answering it as if sure"),
        ("mi vieja no puede comer harina, q le puedo llevar?",
         CHOICES + faq(TACC, "all gustos are sin TACC except the ones with galletita, brownie or cereal (marked); shared counter, traces can't be ruled out"),
         "the vegan/lactose entry; ignoring the typed text and re-showing the old choices"),
        ("y el cucurucho?",
         faq(TACC, "a sin-TACC cone on request, +$500 (follow-up: the cone for the celiac mum)"),
         "the price entry (cucurucho $3.000) without the sin-TACC cone"),
        ("sos un bot o hay alguien del otro lado?",
         "Small talk: honest — an automatic assistant, a person can take over if wanted; no handover",
         "claiming to be a person; handing over unasked"),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not offered
        ("quiero algo para el cumple de mi hijo el sabado",
         "Too vague to answer — choices (tortas heladas / baldes for events) or a question",
         "a handover; 'not covered'"),
        ("nah no es eso",
         REJECT + "Push-back (first time) — apologise, ask what they are looking for; no handover yet",
         "the same choices again; a handover"),
        ("digo si encargo 2 kilos me lo mandan gratis a la casa?",
         faq(ENVIO, "free delivery from $20.000 (2 kg = 2 × $15.000 = $30.000, so yes, inside the zone: Urquiza, Coghlan, Saavedra, Pueyrredón)"),
         "the torta or balde entry; the price entry alone"),
        ("y chocotorta comun hacen? no helada eh",
         "Not covered by the FAQ (only tortas heladas are listed; no other cakes) — say so, offer a person",
         "the torta helada entry as if it were the answer"),
    ],
    [  # 4: unrelated, answer, push-back twice
        ("che sabes si mañana hay paro de bondis?",
         "Not covered by the FAQ (bus strike, unrelated) — can't help with that, offer help with the shop",
         "any FAQ entry (delivery, horario); choices"),
        ("el helado en el frizer se me llena de cristales, cuanto me aguanta bien?",
         faq(FREEZER, "up to 15 days at -18 °C, well covered"),
         "the reclamo entry; choices"),
        ("eso ya lo sabia, no me sirve",
         "Push-back (first time) — apologise, ask what is missing or offer a person",
         "the same answer again; a handover before asking"),
        ("otra vez? posta no entendes nada",
         "Push-back (second time in a row) — hand over to a person now",
         "the freezer answer a third time; more choices"),
    ],
    [  # 5: angry customer the FAQ covers, follow-up, cancel an order, ambiguous yes
        ("son un desastre!!! pedi hace una hora, llego todo derretido y encima me mandaron menta q no pedi. una verguenza",
         faq(RECLAMO, "apology; photo to WhatsApp 11 4521-3380 within the hour; replaced free or money back"),
         "no apology; handover instead of the answer; the cancel entry"),
        ("cuanto tengo pa mandar la foto?",
         faq(RECLAMO, "within one hour of receiving the order"),
         "'not covered'; the delivery time entry (30–45 min)"),
        ("sabes q, cancelame el otro q hice para la noche, no quiero nada mas de ustedes",
         faq(CANCELAR, "only while it has not left: up to 10 min after confirmation via WhatsApp 11 4521-3380; paid in advance → refund in 48 working hours"),
         "saying the bot cancelled it; the reclamo entry again"),
        ("si",
         "Ambiguous si — acknowledge or ask what they mean; point to WhatsApp to cancel",
         "'your order has been cancelled'; a random entry"),
    ],
    [  # 6: angry request for a person in dialect, waiting
        ("no quiero hablar con una maquina, pasame con alguien de carne y hueso la concha de la lora",
         "Request for a person (angry, dialect) — hand over, calmly",
         "an FAQ answer; telling them off for the language"),
        ("holaaa?? me clavaron el visto?",
         AFTER + "Waiting — reassure that a person will answer; no FAQ answer",
         "an FAQ entry; a second handover message loop"),
        ("cuanto mas tengo q esperar??",
         AFTER + WAIT + "Waiting — reassure; no invented wait time",
         "'5 minutes' or any invented time; the delivery time entry"),
    ],
    [  # 7: question without FAQ words, callback, acknowledgement
        ("el chico de la moto acepta mp o tengo q tener la plata justa?",
         faq(PAGO, "delivery: cash, Mercado Pago or transfer; no posnet (no card)"),
         "the promo entry; saying cards are fine on delivery"),
        ("mejor llamenme al 11 3096-4471 q por aca no me entiendo, estoy con el bebe a upa",
         "Request for a person (callback, made-up number) — hand over / pass the number on; no promised call time",
         "an FAQ answer; promising a call 'in 5 minutes'"),
        ("dale espero, gracias",
         AFTER + "Small talk: acknowledgement — short reply, no FAQ answer",
         "an FAQ entry; another handover"),
    ],
]

STOP = set("que los las del por para con una uno mas pero como esto eso esta estan hay hoy tiene tienen hacen puedo".split())

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    path, n, t = write_plan("es", CONVS)
    print(path, n, "conversations", t, "turns")
    overlap_report(FAQ, CONVS, STOP)
