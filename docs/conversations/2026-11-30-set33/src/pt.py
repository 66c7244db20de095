"""pt: Açougue Nosso Boi (made up), a butcher's shop with home delivery in Casa Amarela, Recife, customers writing
everyday Brazilian Portuguese with a few Pernambuco words (oxe, visse, arretado, massa, aperreado)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_AREA = "Vocês entregam no meu bairro?"
Q_PRECO = "Quanto custam as carnes?"
Q_PRAZO = "Em quanto tempo chega a entrega?"
Q_PEDIDO = "Como faço o pedido e como fica o peso?"
Q_CORTE = "Vocês cortam do jeito que eu pedir?"
Q_CHURRASCO = "Vocês montam kit de churrasco?"
Q_BODE = "Vocês têm carne de bode e carneiro?"
Q_PAGAMENTO = "Quais as formas de pagamento?"
Q_HORARIO = "Qual o horário de funcionamento?"
Q_CONGELADO = "A carne vem congelada?"
Q_TROCA = "E se a carne chegar com problema?"
Q_ENCOMENDA = "Posso encomendar para uma data certa?"
Q_CANCELAR = "Posso cancelar ou mudar um pedido?"
Q_ENDERECO = "Onde fica o açougue?"
Q_FIDELIDADE = "Vocês têm promoção ou desconto?"

FAQ = [
    (Q_AREA,
     "Entregamos sem taxa em Casa Amarela, Casa Forte, Parnamirim, Tamarineira, Espinheiro, Graças, Aflitos, Jaqueira, "
     "Poço da Panela e Monteiro. Para Boa Viagem, Madalena, Torre, Encruzilhada e Várzea a taxa é R$ 8,00; para Olinda, "
     "R$ 12,00. Não entregamos em Jaboatão nem em Paulista. Pedido mínimo para entrega: R$ 60,00.",
     "entregas", ["bairros", "área de entrega", "taxa de entrega", "Olinda", "pedido mínimo"],
     ["vocês entregam em boa viagem", "qual a taxa de entrega", "tem pedido mínimo"]),
    (Q_PRECO,
     "A tabela muda toda segunda-feira e a gente manda no WhatsApp (81) 99734-2618. Valores desta semana, por kg: "
     "picanha R$ 79,90, alcatra R$ 49,90, carne de sol R$ 54,90, charque R$ 44,90, costela R$ 29,90, carne moída de "
     "primeira R$ 39,90, frango inteiro R$ 14,90, linguiça de porco R$ 24,90.",
     "preços", ["preço", "tabela", "valor do quilo", "picanha", "quanto custa"],
     ["quanto tá a picanha", "me manda a tabela", "qual o preço da carne de sol"]),
    (Q_PRAZO,
     "Pedido confirmado até as 11h chega no mesmo dia até as 14h; confirmado até as 16h, chega até as 19h. Depois das "
     "16h, a entrega fica para o dia seguinte a partir das 9h. O motoboy leva tudo em caixa térmica e avisa 10 minutos "
     "antes de chegar.",
     "entregas", ["prazo", "tempo de entrega", "demora", "mesmo dia", "motoboy"],
     ["demora muito pra chegar", "entrega no mesmo dia", "até que horas posso pedir pra hoje"]),
    (Q_PEDIDO,
     "Mande a lista pelo WhatsApp (81) 99734-2618 com a carne, o peso e o corte. Como cortamos na hora, o peso pode "
     "variar até 10 % para mais ou para menos: cobramos o peso real da balança, e a etiqueta com o peso vai no pacote. "
     "Se você pagou adiantado no Pix, a diferença é acertada na entrega ou devolvida no Pix.",
     "pedidos", ["fazer pedido", "WhatsApp", "peso", "balança", "diferença de valor"],
     ["como eu peço", "o peso vem certinho", "por que o valor mudou"]),
    (Q_CORTE,
     "Cortamos sem custo: bife fino ou grosso, cubos, tiras, carne moída na hora (passamos 2 vezes se quiser), e "
     "tiramos a gordura e os nervos. Para churrasco, colocamos no espeto por R$ 1,00 cada. Só não cortamos osso em "
     "pedaço menor que 3 cm.",
     "pedidos", ["corte", "bife", "moer", "tirar a gordura", "espeto"],
     ["vocês moem a carne", "corta em bife fino", "tira a gordura"]),
    (Q_CHURRASCO,
     "Montamos, a partir de 10 pessoas. O kit tem 400 g por pessoa (maminha, linguiça toscana, coxinha da asa e coração "
     "de galinha) e sai R$ 38,00 por pessoa; com picanha no lugar da maminha, R$ 49,00. Encomende com pelo menos 24 "
     "horas. Carvão de 5 kg R$ 28,00 e farofa pronta de 500 g R$ 12,00.",
     "pedidos", ["churrasco", "kit churrasco", "carvão", "festa", "quantidade"],
     ["quanto de carne por pessoa", "tem kit pra churrasco", "vocês vendem carvão"]),
    (Q_BODE,
     "Temos bode e carneiro frescos de quinta a sábado, vindos do Sertão: R$ 52,90 o kg, em pedaços ou cortado para "
     "guisado. Buchada de bode limpa só por encomenda, com 48 horas: R$ 45,00 a unidade.",
     "preços", ["bode", "carneiro", "buchada", "guisado", "sertão"],
     ["tem carne de bode", "vocês fazem buchada", "quanto tá o carneiro"]),
    (Q_PAGAMENTO,
     "Pix (chave: o celular (81) 99734-2618), cartão de débito e de crédito na maquininha do motoboy, vale-alimentação "
     "das principais bandeiras e dinheiro, com troco para até R$ 50,00. Sinal de encomenda só no Pix.",
     "pagamento", ["pagamento", "pix", "cartão", "vale-alimentação", "dinheiro"],
     ["aceitam cartão", "qual a chave pix", "o motoboy leva troco"]),
    (Q_HORARIO,
     "A loja abre de segunda a sábado das 7h às 19h e domingo das 7h às 12h. Entregas de segunda a sábado das 9h às "
     "19h e domingo das 9h às 12h. Nos dias 24 e 31 de dezembro abrimos das 7h às 15h; fechamos em 25 de dezembro e "
     "1º de janeiro.",
     "loja", ["horário", "abre", "fecha", "domingo", "feriado"],
     ["que horas vocês abrem", "abre domingo", "funciona no feriado"]),
    (Q_CONGELADO,
     "Não, vendemos carne fresca, resfriada entre 0 e 4 °C: ela chega gelada, não congelada. Se quiser guardar, "
     "embalamos a vácuo por R$ 2,00 o pacote: dura até 5 dias na geladeira e 6 meses no freezer. Sem vácuo, use em até "
     "2 dias ou congele no mesmo dia.",
     "pedidos", ["congelada", "fresca", "vácuo", "freezer", "validade"],
     ["a carne é fresca", "vocês embalam a vácuo", "quanto tempo dura a carne"]),
    (Q_TROCA,
     "Confira na hora da entrega. Se vier corte errado, peso muito diferente ou com cheiro ou cor estranhos, mande foto "
     "pelo WhatsApp em até 2 horas depois da entrega: trocamos sem taxa na próxima entrega do dia ou devolvemos o "
     "valor (Pix no mesmo dia; no cartão, o estorno segue o prazo do banco).",
     "pedidos", ["problema", "troca", "carne estragada", "reclamação", "devolução"],
     ["veio a carne errada", "a carne chegou estragada", "vocês trocam"]),
    (Q_ENCOMENDA,
     "Pode, com até 15 dias de antecedência, pelo WhatsApp. Para São João, Natal e Ano Novo (pernil, lombo, peru, "
     "costela inteira) a encomenda vai até 3 dias antes da data. Encomendas de datas festivas e as acima de R$ 200,00 "
     "pedem 50 % de sinal no Pix.",
     "pedidos", ["encomenda", "data marcada", "Natal", "São João", "sinal"],
     ["quero encomendar pra sábado", "até quando posso encomendar pro natal", "precisa pagar sinal"]),
    (Q_CANCELAR,
     "Pedido do dia: cancela sem custo enquanto a carne não foi cortada; depois de cortada não cancelamos, mas dá pra "
     "mudar o horário ou o dia da entrega. Encomendas com sinal: cancelando até 48 horas antes da data, devolvemos o "
     "sinal no Pix em até 24 horas; depois disso o sinal fica com a gente. Mudar a data de uma encomenda é grátis até "
     "48 horas antes.",
     "pedidos", ["cancelar", "desistir", "mudar a data", "sinal de volta", "adiar"],
     ["quero cancelar meu pedido", "posso mudar o dia da encomenda", "vocês devolvem o sinal"]),
    (Q_ENDERECO,
     "Rua Cajueiro Torto 412, Casa Amarela, Recife, a 2 quadras do Mercado de Casa Amarela. Tem 6 vagas de "
     "estacionamento na frente. Buscando na loja você não paga taxa de entrega, e encomendas retiradas na loja têm 5 % "
     "de desconto.",
     "loja", ["endereço", "loja", "estacionamento", "retirar na loja", "onde fica"],
     ["qual o endereço", "posso buscar aí", "tem onde estacionar"]),
    (Q_FIDELIDADE,
     "Toda quarta é a Quarta do Frango: 15 % de desconto em frango e miúdos. No cartão fidelidade (cadastro pelo CPF), "
     "a cada R$ 500,00 em compras você ganha R$ 25,00 de desconto na próxima. Idosos acima de 60 anos têm 5 % de "
     "desconto às terças.",
     "preços", ["promoção", "desconto", "fidelidade", "cliente fiel", "quarta do frango"],
     ["tem promoção hoje", "tem desconto pra idoso", "como funciona o cartão fidelidade"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Recife words
        ("boa tarde! vcs fazem entrega aqui em casa forte? e o quilo da picanha tá quanto essa semana?",
         "Small talk greeting + " + both(Q_AREA, Q_PRECO) + " — Casa Forte is delivered without a fee (minimum order "
         "R$ 60,00); picanha R$ 79,90 a kg this week (the list changes every Monday, sent by WhatsApp).",
         "Only one half without pointing to the other; a delivery fee for Casa Forte; the barbecue kit with picanha "
         "(R$ 49,00) as the kg price; a handover."),
        ("se eu mandar a lista agora consigo receber antes do almoço?",
         faq(Q_PRAZO) + " — orders confirmed by 11h arrive the same day by 14h, by 16h arrive by 19h, later the next "
         "day; it depends on the time, so no promise of 'before lunch'.",
         "Promising it arrives before lunch; the opening hours only; the how-to-order entry alone; asking what she "
         "means without trying."),
        ("e vcs deixam ela bem fininha? é pro meu pai q tem problema nos dentes",
         faq(Q_CORTE) + " — yes, free: thin steaks, also minced on the spot (twice if wanted), fat and sinew removed.",
         "Saying cutting costs extra; the price list; 'not covered'; asking what she means."),
        ("massa! brigada visse, até mais",
         "Small talk: acknowledgement + thanks + goodbye (Recife: `massa` = great, `visse` = 'you know / OK?' tag, "
         "`brigada` = obrigada) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("bom dia, é sobre o pedido de hj",
         "Too vague to answer — choices (delivery time, a problem with the meat, cancelling, payment...) or a "
         "clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("a costela que o motoboy deixou agora tá com um cheiro esquisito, meio azedo, oq eu faço?",
         TYPE + faq(Q_TROCA) + " — send a photo by WhatsApp within 2 hours of the delivery: exchanged without a fee in "
         "the next delivery of the day or the money back (Pix the same day, card as the bank's refund takes). Telling "
         "her not to eat it is a fine addition.",
         "Tapping an earlier choice; the fresh-or-frozen entry alone; the cancelling entry; saying nothing can be "
         "done."),
        ("prefiro o dinheiro de volta, paguei no cartão",
         faq(Q_TROCA) + " — the money back on the card follows the bank's refund time (only Pix comes back the same "
         "day).",
         "Promising the money today on the card; the payment entry (Pix key); asking what she means."),
        ("isso aqui é atendimento automatico é?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("oi boa noite, queria ver uma coisa pro aniversário do meu filho",
         "Too vague to answer — choices (barbecue kit, ordering for a date...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("não, não é nada disso aí",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("vai ser uma carne na brasa pra uns 25 convidados no sábado lá no sítio, vcs já mandam tudo separadinho e "
         "calculado?",
         faq(Q_CHURRASCO) + " — yes, from 10 people: 400 g per person (maminha, sausage, chicken wings and hearts), "
         "R$ 38,00 per person (25 × = R$ 950,00), with picanha R$ 49,00; order at least 24 h ahead; charcoal 5 kg "
         "R$ 28,00. Pointing out that a sítio may be outside the delivery area is a fine extra.",
         "'Not covered'; the price list per kg only; the ordering-for-a-date entry alone; a handover without the "
         "entry."),
        ("e vcs alugam churrasqueira? ou mandam alguém pra assar?",
         "Not covered by the FAQ (near the trade: renting a grill or sending a barbecue cook is not offered) — says so "
         "honestly, offers a person or the WhatsApp number.",
         "Inventing a grill rental or a cook and a price; the barbecue-kit entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("oi, vcs tem carne de bode? e aceitam vale-alimentação?",
         both(Q_BODE, Q_PAGAMENTO) + " — goat and mutton fresh Thursday to Saturday, R$ 52,90 a kg, buchada only to "
         "order with 48 h (R$ 45,00); meal vouchers yes, also Pix, card and cash (change up to R$ 50,00).",
         "Only one half without pointing to the other; the general price list; saying vouchers are not taken."),
        ("vc nao entendeu nada do q eu falei. se eu pedir hj pra fazer só no domingo, aguenta na geladeira?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_CONGELADO) + " — the meat "
         "is fresh, chilled, not frozen; vacuum-packed (R$ 2,00 a pack) it lasts up to 5 days in the fridge; without "
         "vacuum use it within 2 days or freeze it the same day.",
         "Ignoring the complaint and repeating the previous answer; the Sunday opening hours because of `domingo`; "
         "a handover without answering."),
        ("assim não dá, me coloca com um atendente humano",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the WhatsApp number); choices; asking to rephrase again."),
        ("e aí, ninguém vai me responder não?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered (Pernambuco word), unrelated (Recife words), callback with number, waiting (how long)
        ("TÔ ARRETADA!!! pedi 1 kg de picanha, paguei 79,90 no pix e o motoboy ainda me cobrou mais 7 reais na porta, "
         "que palhaçada é essa??",
         faq(Q_PEDIDO) + " — calm, acknowledges the anger (`arretada` = furious here): meat is cut on the spot, so "
         "the weight can vary up to 10 % and the real weight is charged; the label on the pack shows it; a difference "
         "after a Pix payment is settled at the door or paid back by Pix. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the price list because of `picanha`/`79,90`; the delivery fee entry; "
         "reading `arretada` as 'great'; a handover with no explanation."),
        ("mudando de assunto, sabe onde tem um bolo de rolo massa aqui perto?",
         "Not covered (unrelated: where to buy a good bolo de rolo, Pernambuco's thin rolled cake; `massa` = great) "
         "— says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the shop's address); inventing a bakery."),
        ("então quero que o gerente me ligue no (81) 98856-3024 ainda hoje",
         "Hands over / passes on a callback request to (81) 98856-3024, today; no FAQ answer.",
         "Ignoring the number; only giving the shop's WhatsApp; an FAQ answer; asking to rephrase."),
        ("vai demorar quanto?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery times (14h/19h); promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, Pernambuco person
        ("encomendei uma buchada e 4 kg de bode pra sexta, pro aniversário da minha mãe, e já paguei metade no pix, mas "
         "ela caiu e ta internada, nao vai ter festa nenhuma",
         faq(Q_CANCELAR) + " — an order with a deposit: cancelled up to 48 h before the date the deposit comes back by "
         "Pix within 24 h, later it is kept; moving the date is free up to 48 h before; does not claim it is done (a "
         "kind word for the mother is welcome).",
         "Claiming the order has been cancelled; the goat entry again; the barbecue kit because of `festa`; the "
         "payment entry."),
        ("tá certo então",
         "Ambiguous yes — asks what she means or explains what happens next (WhatsApp / a person); must not claim "
         "anything was cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("e da pra deixar pro mes que vem quando ela sair do hospital?",
         faq(Q_CANCELAR) + " — yes, moving the date is free up to 48 h before (orders can be set up to 15 days ahead, "
         "so the new date may have to be fixed nearer the time).",
         "Saying she loses the deposit anyway; the fresh-meat entry; asking what she means."),
        ("oxe, tô ficando aperreada com isso tudo, me passa pra alguém daí, visse",
         "Hands over to a person (Pernambuco: `oxe` = oh / gosh, `aperreada` = stressed, `visse` = OK?) — short, no "
         "FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! quero encomendar um pernil pra ceia de natal, até quando dá pra pedir? e vcs abrem dia 24?",
         "Small talk greeting + " + both(Q_ENCOMENDA, Q_HORARIO) + " — festive orders up to 3 days before the date "
         "(so by 21 December for the 24th), 50 % deposit by Pix; 24 December open 7h-15h, closed on the 25th.",
         "Only one half without pointing to the other; the normal Monday-Saturday hours as if they applied on the "
         "24th; the 15 days of normal orders as the deadline."),
        ("e pra quem compra com vcs todo mês, tem alguma vantagem?",
         faq(Q_FIDELIDADE) + " — loyalty card by CPF: R$ 25,00 off after every R$ 500,00; Wednesday 15 % off chicken; "
         "over-60s 5 % on Tuesdays.",
         "The businesses or the pick-up 5 % only; 'not covered'; asking what he means."),
        ("onde fica a loja? e o sinal posso mandar por pix mesmo?",
         both(Q_ENDERECO, Q_PAGAMENTO) + " — Rua Cajueiro Torto 412, Casa Amarela, 2 blocks from the Casa Amarela "
         "market, 6 parking spaces; the deposit is only taken by Pix (key (81) 99734-2618). Picking up the order in "
         "the shop gives 5 % off (a fine extra).",
         "Only one half without pointing to the other; inventing another address; saying the deposit can be paid by "
         "card."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
