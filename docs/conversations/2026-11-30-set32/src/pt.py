"""pt: Disk Gás Boto Rosa (made up), a cooking gas cylinder (botijão) delivery in Belém (Pará), customers writing
everyday Brazilian Portuguese with a few Pará words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa o botijão de 13 kg?"
Q_AREA = "Quais bairros vocês atendem?"
Q_PRAZO = "Quanto tempo demora a entrega?"
Q_INSTALA = "O entregador instala o botijão?"
Q_TROCA = "Preciso entregar o botijão vazio na troca?"
Q_PAGAMENTO = "Quais as formas de pagamento?"
Q_AGENDAR = "Posso agendar a entrega?"
Q_FIDELIDADE = "Tem desconto para cliente fiel?"
Q_NOITE = "Vocês entregam à noite?"
Q_HORARIO = "Qual o horário de entrega?"
Q_EMPRESA = "Vocês atendem empresas e restaurantes?"
Q_LOJA = "Onde fica a loja e posso buscar lá?"
Q_VAZAMENTO = "O que fazer se sentir cheiro de gás?"
Q_REGULADOR = "Vocês vendem registro e mangueira?"
Q_CANCELAR = "Posso cancelar um pedido?"

FAQ = [
    (Q_PRECO,
     "O gás de cozinha de 13 kg (P13) custa R$ 118,00 na troca, com entrega grátis nos bairros atendidos. Se você não "
     "tiver o botijão vazio, o botijão novo cheio sai R$ 290,00. Buscando na loja, o P13 sai R$ 110,00.",
     "preços", ["preço do gás", "botijão de 13 kg", "P13", "valor", "gás de cozinha"],
     ["quanto tá o gás", "qual o valor do botijão", "preço do P13"]),
    (Q_AREA,
     "Entregamos sem taxa na Pedreira, Telégrafo, Sacramenta, Marco, Umarizal, Fátima, Nazaré, Batista Campos, Cidade "
     "Velha, Jurunas, Guamá, Canudos, Souza e Marambaia. Ananindeua e Icoaraci: taxa de R$ 8,00. Não entregamos em "
     "Outeiro, Mosqueiro nem nas ilhas.",
     "entregas", ["bairros", "área de entrega", "região", "taxa de entrega", "Ananindeua"],
     ["vocês entregam no meu bairro", "entregam em Ananindeua", "até onde vocês entregam"]),
    (Q_PRAZO,
     "Nos bairros sem taxa a entrega chega em até 40 minutos depois da confirmação do pedido. Em Ananindeua e Icoaraci, "
     "até 1 hora e 30 minutos. Em dia de chuva forte pode atrasar até 30 minutos a mais, e avisamos pelo WhatsApp.",
     "entregas", ["tempo de entrega", "demora", "prazo", "rapidez", "minutos"],
     ["demora muito pra chegar", "em quanto tempo entregam", "a entrega é rápida"]),
    (Q_INSTALA,
     "Sim, sem custo. O entregador leva o botijão até a cozinha, mesmo sem elevador (até o 4º andar), conecta no "
     "registro e faz o teste de vazamento com espuma de sabão na sua frente. Se o registro ou a mangueira estiverem "
     "vencidos, ele avisa.",
     "entregas", ["instalação", "instalar", "conectar o botijão", "teste de vazamento", "levar até a cozinha"],
     ["o entregador liga o botijão", "vocês instalam", "cobram pra instalar"]),
    (Q_TROCA,
     "Sim, o preço de R$ 118,00 é na troca: o entregador leva o seu vazio. Aceitamos botijão de qualquer marca, desde "
     "que não esteja furado, amassado, com a base solta ou com o lacre da válvula violado; ferrugem só por fora não tem "
     "problema. Sem vazio, você compra o casco por mais R$ 172,00 (total R$ 290,00).",
     "preços", ["troca", "botijão vazio", "casco", "outra marca", "botijão velho"],
     ["aceitam botijão de outra marca", "não tenho o vazio", "quanto custa o casco"]),
    (Q_PAGAMENTO,
     "Pix (chave: o celular (91) 98140-2265), cartão de débito e de crédito à vista na maquininha do entregador, e "
     "dinheiro (o entregador leva troco para até R$ 100,00). Crédito parcelado só para empresas cadastradas.",
     "pagamento", ["pagamento", "pix", "cartão", "dinheiro", "troco"],
     ["aceitam cartão", "qual a chave pix", "posso pagar em dinheiro"]),
    (Q_AGENDAR,
     "Pode, pelo WhatsApp (91) 98140-2265, com até 7 dias de antecedência. Você escolhe o dia e uma faixa de 1 hora "
     "dentro do horário de entrega; o entregador avisa 10 minutos antes de chegar.",
     "entregas", ["agendar", "agendamento", "marcar dia", "entrega programada", "horário marcado"],
     ["dá pra marcar a entrega pra outro dia", "posso agendar o gás", "entregam num horário certo"]),
    (Q_FIDELIDADE,
     "Tem. O cadastro é pelo número do seu celular: a cada 8 trocas de P13, a 9ª sai com R$ 25,00 de desconto. Idosos "
     "acima de 60 anos têm R$ 5,00 de desconto em toda troca, mostrando o documento na entrega.",
     "preços", ["desconto", "fidelidade", "cliente fiel", "cadastro", "promoção"],
     ["tem promoção", "tem desconto pra idoso", "como funciona a fidelidade"]),
    (Q_NOITE,
     "O horário normal vai até as 20h. Das 20h às 23h fazemos só entrega de emergência, pelo WhatsApp, com taxa de "
     "R$ 15,00. Depois das 23h não entregamos; abrimos de novo às 7h.",
     "entregas", ["entrega à noite", "noite", "depois das 20h", "emergência", "madrugada"],
     ["o gás acabou de noite, vocês vêm", "entregam de madrugada", "até que horas entregam hoje"]),
    (Q_HORARIO,
     "Segunda a sábado das 7h às 20h; domingos e feriados das 8h às 13h. Pedidos pelo telefone, pelo WhatsApp (91) "
     "98140-2265 ou na loja.",
     "entregas", ["horário", "que horas", "domingo", "feriado", "funcionamento"],
     ["que horas vocês abrem", "entregam domingo", "funcionam no feriado"]),
    (Q_EMPRESA,
     "Sim. Para comércio fazemos entrega programada (semanal ou quinzenal) de P13 e do botijão industrial P45 (R$ 430,00 "
     "na troca), com nota fiscal no CNPJ. Empresas cadastradas podem pagar por boleto em 15 dias, e acima de 10 "
     "botijões por mês têm 5 % de desconto.",
     "empresas", ["empresas", "restaurante", "comércio", "nota fiscal", "P45", "entrega programada"],
     ["vocês têm P45", "emitem nota fiscal", "atendem comércio"]),
    (Q_LOJA,
     "Passagem Boa Esperança 77, Pedreira, Belém (perto da Av. Pedro Miranda). A loja funciona no mesmo horário das "
     "entregas: segunda a sábado das 7h às 20h, domingos e feriados das 8h às 13h. Buscando na loja, o P13 sai "
     "R$ 110,00, R$ 8,00 mais barato.",
     "loja", ["loja", "endereço", "buscar na loja", "retirar", "onde fica"],
     ["qual o endereço de vocês", "posso ir buscar o gás", "fica mais barato buscar"]),
    (Q_VAZAMENTO,
     "Não acenda nem apague luz, não ligue aparelhos e não risque fósforo. Feche o registro, abra portas e janelas e, se "
     "puder, leve o botijão para um lugar aberto. Depois ligue para nós no (91) 98140-2265: um técnico vai sem custo em "
     "até 1 hora, das 7h às 23h. Se o cheiro for forte ou houver fogo, ligue para os Bombeiros no 193.",
     "segurança", ["vazamento", "cheiro de gás", "segurança", "emergência", "bombeiros"],
     ["tá vazando gás", "sinto cheiro de gás na cozinha", "o que faço se vazar"]),
    (Q_REGULADOR,
     "Sim. Registro (regulador) com selo do Inmetro R$ 45,00 e mangueira de 80 cm R$ 18,00, com abraçadeiras. A "
     "mangueira e o registro vencem em 5 anos (a data vem impressa). O entregador instala de graça junto com a entrega "
     "do gás.",
     "segurança", ["registro", "mangueira", "regulador", "abraçadeira", "Inmetro"],
     ["quanto custa o registro", "vocês trocam a mangueira", "vendem regulador"]),
    (Q_CANCELAR,
     "Pode, sem custo, enquanto o entregador não saiu: mande mensagem no WhatsApp (91) 98140-2265 ou ligue. Se ele já "
     "estiver a caminho, cobramos R$ 10,00 de deslocamento. Pagamento por Pix é devolvido em até 24 horas; no cartão, o "
     "estorno segue o prazo do banco.",
     "pedidos", ["cancelar", "cancelamento", "desistir do pedido", "estorno", "devolução"],
     ["quero cancelar o pedido", "pedi errado, e agora", "vocês devolvem o pix"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Pará words
        ("boa tarde! quanto tá o botijão de 13 aí? e vcs entregam na marambaia?",
         "Small talk greeting + " + both(Q_PRECO, Q_AREA) + " — P13 R$ 118,00 with the empty exchanged, delivery free; "
         "Marambaia is served without a fee.",
         "Only one half without pointing to the other; the P45 price; saying Marambaia has a fee; a handover."),
        ("e se eu pedir agora chega que horas?",
         faq(Q_PRAZO) + " — within 40 minutes after the order is confirmed (up to 30 min more in heavy rain).",
         "The opening hours (7h-20h) only; the scheduling entry; asking what she means without trying."),
        ("e o rapaz sobe escada? moro no 3º andar e aqui não tem elevador",
         faq(Q_INSTALA) + " — yes, free: the deliveryman carries it to the kitchen without a lift up to the 4th floor, "
         "connects it and tests for leaks.",
         "Saying she has to come down; the leak-safety entry; the regulator prices; asking what she means."),
        ("égua, pai d'égua! valeu mano, até mais",
         "Small talk: acknowledgement + thanks + goodbye (Pará: `égua` = wow, `pai d'égua` = great, `mano` = mate) — "
         "short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("oi, é sobre o gás",
         "Too vague to answer — choices (price, delivery, exchanging the empty, payment...) or a clarifying question.",
         "A handover; the price entry answered at length as if sure."),
        ("o meu vazio tá meio enferrujado embaixo, vcs pegam mesmo assim?",
         TYPE + faq(Q_TROCA) + " — any brand is taken if not holed, dented, with a loose base or a broken valve seal; "
         "rust only on the outside is no problem.",
         "Tapping an earlier choice; a flat yes or no without the conditions; the price entry alone; the leak-safety "
         "entry."),
        ("e se eu não tiver nenhum?",
         faq(Q_TROCA) + " — then she buys the cylinder (casco) for R$ 172,00 more, R$ 290,00 in all.",
         "Saying they cannot deliver; the cancelling entry; asking what she means."),
        ("vc é pessoa ou é robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("bom dia, queria tirar uma dúvida",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("não, nenhuma dessas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("aquele cano de borracha que liga no fogão tá todo rachado, vcs trocam?",
         faq(Q_REGULADOR) + " — a hose of 80 cm R$ 18,00 (regulator with the Inmetro seal R$ 45,00), installed free with "
         "a gas delivery; hoses expire after 5 years (date printed on it). Adding the leak advice is fine.",
         "The cylinder exchange entry (`trocam`); 'not covered'; a handover without the entry."),
        ("e conserto de fogão vcs fazem? o forno aqui não quer acender",
         "Not covered by the FAQ (near the trade: stove repairs are not offered) — says so honestly, offers a person or "
         "the phone number.",
         "Inventing a stove-repair service or a price; the leak-safety or the regulator entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("oi, vcs aceitam pix? e dá pra deixar marcado pra sexta de manhã?",
         both(Q_PAGAMENTO, Q_AGENDAR) + " — Pix yes (key: the phone (91) 98140-2265), also card and cash; scheduling by "
         "WhatsApp up to 7 days ahead, a 1-hour window, a warning 10 minutes before.",
         "Only one half without pointing to the other; the opening hours instead of scheduling; the companies entry."),
        ("não foi isso que eu perguntei. e quem compra sempre com vcs ganha alguma coisa?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_FIDELIDADE) + " — every 8 "
         "P13 refills the 9th is R$ 25,00 off (registered by phone number); over-60s R$ 5,00 off each refill.",
         "Ignoring the complaint and repeating the previous answer; the companies' 5 % only; a handover without "
         "answering."),
        ("que atendimento ruim viu. quero falar com uma pessoa de verdade agora",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the phone or the shop); choices; asking to rephrase again."),
        ("oi?? tem alguém aí?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Pará words), callback with number, waiting (how long)
        ("PAGUEI 15 REAIS A MAIS ONTEM SÓ PQ ERA 21H!! isso é um roubo, sempre compro com vcs e nunca ninguém me avisou "
         "disso",
         faq(Q_NOITE) + " — calm, acknowledges the anger: normal hours end at 20h; from 20h to 23h only emergency "
         "deliveries by WhatsApp with a R$ 15,00 fee; none after 23h. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the price entry because of the 15 reais; the loyalty entry because of "
         "'sempre compro' as the only answer; a handover with no explanation."),
        ("mano, tu sabes se o ver-o-peso abre domingo cedo?",
         "Not covered (unrelated: whether Belém's Ver-o-Peso market opens early on Sunday; Pará `mano`, `tu sabes`) — "
         "says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the shop's Sunday hours); inventing market hours."),
        ("deixa, pede pro dono me ligar no (91) 98263-4471 depois das 18h",
         "Hands over / passes on a callback request to (91) 98263-4471, after 18h; no FAQ answer.",
         "Ignoring the number; only giving the shop's WhatsApp; an FAQ answer; asking to rephrase."),
        ("e isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery's 40 minutes; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("pedi um botijão faz uns 10 min mas o vizinho acabou de me arrumar um, então não vou precisar mais não",
         faq(Q_CANCELAR) + " — free while the deliveryman has not left (message the WhatsApp or call); if he is on the "
         "way, R$ 10,00 for the trip; does not claim it is done.",
         "Claiming the order has been cancelled; the exchange entry; the delivery time; the loyalty entry."),
        ("beleza, pode ser",
         "Ambiguous yes — asks what she means or explains what happens next (WhatsApp / phone / a person); must not "
         "claim anything was cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("e o pix que eu já mandei, volta?",
         faq(Q_CANCELAR) + " — a Pix payment is returned within 24 hours (minus R$ 10,00 if the deliveryman had already "
         "left).",
         "The payment entry (Pix key) alone; saying the money is lost; asking what she means."),
        ("égua mano, tô lesando com isso, me bota pra falar com alguém aí",
         "Hands over to a person (Pará: `égua` = gosh, `lesando` = being dim / confused, `mano` = mate) — short, no FAQ "
         "answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia. tenho um restaurante no umarizal, dá pra combinar entrega fixa toda semana? e domingo vcs funcionam?",
         "Small talk greeting + " + both(Q_EMPRESA, Q_HORARIO) + " — scheduled weekly or fortnightly deliveries for "
         "businesses, P13 and P45, invoice on the CNPJ, boleto in 15 days; Sundays and holidays 8h-13h (Mon-Sat "
         "7h-20h).",
         "Only one half without pointing to the other; the private scheduling entry alone; the area entry."),
        ("e o grandão de 45 kg, quanto sai?",
         faq(Q_EMPRESA) + " — the industrial P45 is R$ 430,00 with the exchange (5 % off above 10 cylinders a month).",
         "The P13 price (R$ 118,00); the new cylinder R$ 290,00; asking what he means."),
        ("onde fica a loja de vcs? e se eu sentir cheiro de gás de noite, faço o que?",
         both(Q_LOJA, Q_VAZAMENTO) + " — Passagem Boa Esperança 77, Pedreira (near Av. Pedro Miranda), Mon-Sat 7h-20h, "
         "Sun 8h-13h; leak: no switching lights, no flames, close the regulator, open windows, cylinder outside if "
         "possible, call the shop (technician free within 1 h, 7h-23h) or the Bombeiros on 193.",
         "Only one half without pointing to the other; the night-delivery entry (R$ 15,00) instead of the leak advice; "
         "any unsafe advice (switching on lights, lighting a match)."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
