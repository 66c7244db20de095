"""es: Jardín Infantil y Sala Cuna Los Copihues (made up), a private nursery and preschool for children of 3 months to 5
years in Ñuñoa, Santiago de Chile; customers write everyday Chilean Spanish with a few Chilean words (cachai, po, al
tiro, fome, guagua, luca, pololo, harto)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MENSUALIDAD = "¿Cuánto cuesta la mensualidad?"
Q_HORARIO = "¿Cuál es el horario del jardín?"
Q_MATRICULA = "¿Cómo matriculo a mi hijo y qué documentos piden?"
Q_NIVELES = "¿Desde qué edad reciben niños y cómo son los niveles?"
Q_COMIDA = "¿Qué comen los niños en el jardín?"
Q_ADAPTACION = "¿Cómo es el período de adaptación?"
Q_ENFERMO = "¿Qué pasa si mi hijo se enferma?"
Q_PAGO = "¿Cómo se paga y cuándo vence la mensualidad?"
Q_RETIRO = "¿Quién puede retirar a mi hijo?"
Q_MOCHILA = "¿Qué tiene que llevar mi hijo en la mochila?"
Q_SALIR = "¿Cómo doy de baja a mi hijo o congelo la matrícula?"
Q_VERANO = "¿Funcionan en verano y en vacaciones?"
Q_UBICACION = "¿Dónde están y hay estacionamiento?"
Q_APP = "¿Cómo sé lo que hizo mi hijo durante el día?"
Q_PERSONAL = "¿Quiénes cuidan a los niños y cuántos hay por sala?"

FAQ = [
    (Q_MENSUALIDAD,
     "Jornada completa (7:30 a 19:00): sala cuna $420.000, niveles medios y pre-kínder $360.000. Media jornada "
     "(mañana o tarde): sala cuna $260.000, niveles medios y pre-kínder $220.000. Matrícula anual $180.000. El "
     "segundo hermano tiene 15 % de descuento en la mensualidad. Incluye alimentación y materiales.",
     "aranceles", ["mensualidad", "arancel", "precio", "jornada", "descuento"],
     ["cuanto sale al mes", "precio media jornada", "hay descuento por hermanos"]),
    (Q_HORARIO,
     "Lunes a viernes de 7:30 a 19:00. Media jornada mañana 8:00-13:00 y tarde 14:00-19:00. Si retiras después de "
     "las 19:00 se cobran $5.000 por cada 15 minutos. El 24 y el 31 de diciembre cerramos a las 14:00; feriados "
     "cerrado.",
     "horarios", ["horario", "hora", "atraso", "media jornada", "feriado"],
     ["a que hora abren", "hasta que hora puedo retirar", "que pasa si llego tarde a buscarlo"]),
    (Q_MATRICULA,
     "Primero agenda una visita al +56 9 7413 2286. Para matricular: certificado de nacimiento, carnet de control "
     "sano con vacunas al día, ficha de salud firmada y el pago de la matrícula ($180.000). La matrícula para marzo "
     "2027 está abierta desde el 1 de octubre; si el nivel está lleno quedas en lista de espera sin costo.",
     "matrícula", ["matrícula", "documentos", "cupo", "lista de espera", "visita"],
     ["como lo inscribo", "que papeles necesito", "hay cupos para marzo"]),
    (Q_NIVELES,
     "Desde los 3 meses hasta los 5 años: sala cuna menor (3 a 12 meses), sala cuna mayor (1 a 2 años), medio "
     "menor (2 a 3), medio mayor (3 a 4) y pre-kínder (4 a 5). El nivel se define por la edad cumplida al 31 de "
     "marzo. Se puede entrar en cualquier mes si hay cupo.",
     "matrícula", ["edad", "niveles", "sala cuna", "pre-kínder", "meses"],
     ["desde que edad lo reciben", "en que nivel quedaria", "reciben guaguas chiquititas"]),
    (Q_COMIDA,
     "Desayuno 8:30, almuerzo 12:00 y once 16:00, con minuta mensual hecha por nuestra nutricionista; se cocina en "
     "el jardín. Para la sala cuna recibimos leche materna congelada rotulada con nombre y fecha; la fórmula la "
     "trae la familia. Alergias o dietas especiales con certificado médico. Para cumpleaños solo alimentos "
     "envasados y sellados.",
     "alimentación", ["comida", "almuerzo", "minuta", "alergia", "leche"],
     ["que les dan de almuerzo", "puedo mandar leche materna", "tienen menu sin gluten"]),
    (Q_ADAPTACION,
     "Dura 2 semanas. Días 1 y 2: 1 hora con mamá, papá u otro adulto en la sala. Días 3 a 5: 2 horas solo, con el "
     "adulto ubicable por teléfono. Segunda semana: hasta después del almuerzo (13:00). Desde el día 11, horario "
     "completo. Las 2 semanas se pagan como mensualidad normal.",
     "adaptación", ["adaptación", "primeros días", "llanto", "separación"],
     ["como son los primeros dias", "puedo quedarme con ella al principio", "y si llora mucho"]),
    (Q_ENFERMO,
     "No puede venir con fiebre de 37,8 °C o más, vómitos, diarrea, conjuntivitis o pestes (varicela, mano-pie-boca). "
     "Si se enferma en el jardín te llamamos y hay que retirarlo en máximo 1 hora. Vuelve tras 24 horas sin fiebre; "
     "para pestes, con certificado de alta del pediatra. Remedios solo con receta médica y autorización firmada.",
     "salud", ["enfermedad", "fiebre", "remedios", "certificado", "pestes"],
     ["puede ir con fiebre", "le pueden dar el remedio", "cuando puede volver despues de la varicela"]),
    (Q_PAGO,
     "Se pagan 11 mensualidades (marzo a enero), por transferencia a la cuenta del Banco Estado que está en el "
     "contrato o con PAC, hasta el día 5 de cada mes. Desde el día 11 se cobra un recargo de $10.000. Emitimos boleta "
     "a nombre del empleador para el beneficio de sala cuna.",
     "aranceles", ["pago", "transferencia", "boleta", "vencimiento", "recargo"],
     ["hasta cuando pago", "puedo pagar con transferencia", "me dan boleta para la empresa"]),
    (Q_RETIRO,
     "Solo los adultos inscritos en la ficha de retiro (hasta 4 personas), mostrando su carnet. Para agregar a "
     "alguien un día puntual, el apoderado debe avisar por correo a retiros@loscopihues.cl antes de las 12:00 con "
     "nombre y RUT. Nunca entregamos a menores de 18 años.",
     "seguridad", ["retiro", "ficha", "autorización", "carnet", "buscar"],
     ["quien lo puede ir a buscar", "puede retirarlo la abuela", "como autorizo a otra persona"]),
    (Q_MOCHILA,
     "Sala cuna: 5 pañales por día, toallitas húmedas, crema, 2 mudas de ropa, chupete si usa y mamadera. Niveles "
     "medios y pre-kínder: 1 muda de ropa, cotona o delantal, cepillo de dientes y vaso. Todo marcado con su nombre. "
     "Sábanas y cunas las pone el jardín.",
     "día a día", ["mochila", "pañales", "muda", "cotona", "marcado"],
     ["que le echo en la mochila", "cuantos pañales mando", "tengo que mandar sabanas"]),
    (Q_SALIR,
     "Para dar de baja hay que avisar por escrito a direccion@loscopihues.cl con 30 días de anticipación; se paga la "
     "mensualidad del mes en que terminan esos 30 días. La matrícula no se devuelve. En vez de retirarlo puedes "
     "congelar el cupo hasta 2 meses por año pagando el 50 % de la mensualidad.",
     "matrícula", ["baja", "retiro definitivo", "aviso", "congelar", "devolución"],
     ["quiero sacarlo del jardin", "me devuelven la matricula", "puedo congelar el cupo"]),
    (Q_VERANO,
     "En enero funcionamos normal con escuela de verano (piscina inflable y talleres), con la misma mensualidad. "
     "Cerramos del 15 al 28 de febrero. En vacaciones de invierno (2 semanas de julio) el jardín sigue abierto.",
     "horarios", ["verano", "vacaciones", "febrero", "enero", "invierno"],
     ["abren en febrero", "que pasa en enero", "cierran en vacaciones de invierno"]),
    (Q_UBICACION,
     "Av. Irarrázaval 3475, Ñuñoa, a 3 cuadras del metro Chile España (Línea 3). Hay 3 estacionamientos en la entrada "
     "para dejar y retirar (máximo 10 minutos).",
     "empresa", ["dirección", "ubicación", "metro", "estacionamiento"],
     ["donde quedan", "cual es la direccion", "hay donde estacionar"]),
    (Q_APP,
     "Cada día la educadora llena la agenda en la app Copihues en Casa: comidas, siestas, pañales y 2 a 3 fotos. No "
     "hay cámaras en vivo. Hay reunión de apoderados en abril y agosto, y puedes pedir entrevista con la educadora "
     "cuando quieras.",
     "familias", ["app", "agenda", "fotos", "cámaras", "reunión"],
     ["tienen camaras", "me mandan fotos", "como me entero si durmio"]),
    (Q_PERSONAL,
     "Cada sala tiene una educadora de párvulos titulada y técnicas en párvulos. Sala cuna: máximo 18 niños con 1 "
     "educadora y 3 técnicas (1 adulto cada 6). Niveles medios: máximo 24 con 1 educadora y 2 técnicas. Pre-kínder: "
     "máximo 28 con 1 educadora y 1 técnica.",
     "equipo", ["educadora", "técnica", "tías", "niños por sala", "personal"],
     ["cuantos niños hay por tia", "las tias son tituladas", "cuantos hay en la sala"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("hola buenas tardes!! mi guagua tiene 8 meses y vuelvo a la pega en marzo, cuanto sale la jornada completa? "
         "y hasta que hora la puedo ir a buscar? salgo a las 6 y media de la oficina en providencia",
         "Small talk greeting + " + both(Q_MENSUALIDAD, Q_HORARIO) + " — 8 months = sala cuna: full day $420.000 a "
         "month (+ yearly enrolment $180.000); open until 19:00, after 19:00 $5.000 per 15 minutes. `guagua` = baby, "
         "`pega` = job.",
         "Only one half without pointing to the other; the $360.000 price of the older levels; half-day price only."),
        ("y ella toma pecho todavia, se lo puedo dejar congelado en bolsitas?",
         faq(Q_COMIDA) + " — yes: frozen breast milk labelled with name and date; formula brought by the family; meals "
         "cooked on site (breakfast 8:30, lunch 12:00, once 16:00).",
         "The 'what to bring' entry alone (mamadera) without the milk rule; 'not covered'; asking what she means."),
        ("ya y con cuantas tias queda? me da susto que sean muchos niños",
         faq(Q_PERSONAL) + " — sala cuna max 18 children with 1 qualified educadora + 3 técnicas (1 adult per 6).",
         "The ratios of the older levels; the adaptation entry because of `susto`; 'not covered'."),
        ("ahh ya buenisimo, me sirvio harto, gracias! chao",
         "Small talk: acknowledgement + thanks + goodbye (`harto` = a lot) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("hola, una consulta",
         "Too vague to answer — choices (fees, enrolment, hours, meals...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("nos cambiamos a ñuñoa en febrero y quiero meter al benja para el proximo año, quedan lugares? que tengo que "
         "llevar pa inscribirlo",
         TYPE + faq(Q_MATRICULA) + " — book a visit at +56 9 7413 2286; birth certificate, health card with vaccines up "
         "to date, signed health form, enrolment fee $180.000; March 2027 enrolment open since 1 October; if full, "
         "free waiting list.",
         "Tapping an earlier choice; promising a free place; the 'what to bring in the backpack' entry because of "
         "`llevar`."),
        ("tiene 3 años y medio, en que curso quedaria?",
         faq(Q_NIVELES) + " — the level goes by the age on 31 March: 3½ now (December 2026) means about 3 years 9-10 "
         "months on 31 March 2027 → medio mayor (3 to 4). A reply that states the 31 March rule is right.",
         "Pre-kínder; a level without the 31 March rule; the fee list; 'not covered'."),
        ("oye y tu eres persona o eres un robot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("hola es por mi hija",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("entra el lunes 4 de enero y nunca se ha quedado con nadie que no sea yo, esa semana yo puedo estar "
         "con ella en la sala o la tengo que dejar no mas",
         faq(Q_ADAPTACION) + " — 2 weeks: days 1-2 one hour with a parent in the room, days 3-5 two hours alone "
         "(parent reachable by phone), week 2 until 13:00, full hours from day 11; paid as a normal month.",
         "'Just leave her'; inventing a longer stay in the room; the hours entry; 'not covered'."),
        ("y ustedes no tienen alguna tia que haga de niñera los sabados en la casa? pago las lucas que sean, con mi pololo nunca salimos",
         "Not covered by the FAQ (near the trade: weekend babysitting at home is not offered) — says so honestly, may "
         "offer a person. `lucas` = thousands of pesos (`pago las lucas que sean` = I'll pay whatever), `pololo` = boyfriend.",
         "Inventing a babysitting service or price; the staff entry as if it answered; the hours entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("hola el tomas amanecio con 38 de fiebre, lo puedo mandar igual si le doy paracetamol antes? y que le tengo "
         "que mandar en la mochila pa cambiarlo, ahora esta en medio menor",
         both(Q_ENFERMO, Q_MOCHILA) + " — no: with 37.8 °C or more he stays home, back after 24 h without fever; "
         "medicines only with prescription and signed authorisation; medio menor brings 1 change of clothes, cotona, "
         "toothbrush and cup, all named.",
         "Only one half without pointing to the other; saying he may come if the fever is lowered; the sala cuna "
         "list with nappies."),
        ("no me estai entendiendo. si con el paracetamol en la mañana ya esta en 36,5 po, entonces puede ir o no?",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_ENFERMO) + " — lowering the fever with a "
         "medicine does not count: he comes back after 24 hours without fever.",
         "A plain yes; repeating the first answer unchanged; a handover without answering."),
        ("ya, que fome esto. quiero hablar con alguien del jardin, una persona",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `fome` = lame, boring) — short "
         "apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? hay alguien ahi?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("NO LE QUISIERON ENTREGAR LA NIÑA A MI MAMA AYER!!! la abuela paso por ella como siempre y la dejaron "
         "esperando media hora afuera, que se creen",
         faq(Q_RETIRO) + " — calm, acknowledges the anger: only adults on the pick-up list (up to 4) with ID; for a "
         "one-off, the parent e-mails retiros@loscopihues.cl before 12:00 with name and RUT; add the grandmother to "
         "the list. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the hours entry; admitting or denying a staff mistake; a handover with no "
         "explanation."),
        ("y de paso sabi a que hora cierra el registro civil de irarrazaval? tengo que sacar el carnet de la niña",
         "Not covered (unrelated: opening hours of the civil registry office) — says it cannot help with that, no FAQ "
         "answer.",
         "The nursery's hours; the enrolment documents entry because of `carnet`; inventing hours."),
        ("igual quiero que me llame la directora, mi numero es +56 9 8824 1937, despues de las 5",
         "Hands over / passes on a callback request to +56 9 8824 1937 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the nursery's phone; an FAQ answer; asking to rephrase."),
        ("ya y cuanto se demoran en llamar normalmente?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 1-hour pick-up rule; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("a mi marido lo trasladaron a concepcion y nos vamos el 2 de enero, asi que la sofi ya no va a ir mas desde "
         "enero",
         faq(Q_SALIR) + " — written notice to direccion@loscopihues.cl 30 days ahead; the month in which the 30 days end "
         "is paid (notice today, 1 December → December is the last month, notice later → January too); the enrolment "
         "fee is not refunded. Does not claim it is done.",
         "Claiming she is deregistered; a refund of the enrolment; the summer entry because of `enero`."),
        ("ya po",
         "Ambiguous yes (`ya po` = OK then) — asks what she wants (send the written notice? questions?) or explains the "
         "next step; must not claim the deregistration is done.",
         "Saying the child is now deregistered; a random FAQ entry."),
        ("y si al final no nos resulta alla y volvemos en marzo, pierdo el lugar?",
         faq(Q_SALIR) + " — instead of leaving, the place can be frozen up to 2 months a year paying 50 % of the fee "
         "(January-February would fit); if deregistered, enrolment starts again (waiting list if full).",
         "Saying the place is kept for free; 'not covered'; the enrolment entry alone."),
        ("oye sabi que, pasame con alguien del jardin al tiro po, cachai que tengo que dejar esto listo",
         "Hands over to a person (`al tiro` = right away, `po`, `cachai` = you know) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenos dias! hay camaras para ver a los niños desde el celu? y donde estan ubicados?",
         "Small talk greeting + " + both(Q_APP, Q_UBICACION) + " — no live cameras, but the daily agenda in the app "
         "Copihues en Casa (meals, naps, nappies, 2-3 photos); Av. Irarrázaval 3475, Ñuñoa, 3 blocks from metro Chile "
         "España (Line 3), 3 drop-off spaces (max 10 min).",
         "Only one half without pointing to the other; promising live cameras."),
        ("perfecto. y me hacen el documento pa que la empresa me reembolse?",
         faq(Q_PAGO) + " — yes, a boleta in the employer's name for the sala cuna benefit; fees by transfer or PAC by "
         "the 5th, $10.000 surcharge from the 11th.",
         "Saying no receipt; the fee list only; 'not covered'."),
        ("ah y ultima, abren en febrero? y el 24 de diciembre hasta que hora estan?",
         both(Q_VERANO, Q_HORARIO) + " — closed 15-28 February (open in January with summer school, same fee); on 24 "
         "December they close at 14:00.",
         "Only one half without pointing to the other; saying they are closed all February; the normal 19:00 for 24 "
         "December."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
