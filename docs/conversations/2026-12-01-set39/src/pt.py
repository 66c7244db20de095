"""pt: Casa do Chá Camélia (made up), a tea and infusion shop with an online store in Porto; customers write EUROPEAN
Portuguese (pt-PT: telemóvel, estou a fazer, autocarro) with a few northern/colloquial words (fixe, bué, pá, carago,
cimbalino, autocarro, está bem)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TIPOS = "Que tipos de chá vendem?"
Q_PREPARAR = "Como se prepara cada chá?"
Q_ASSINATURA = "Como funciona a caixa de assinatura mensal?"
Q_PAUSAR = "Como suspendo ou termino a assinatura?"
Q_WORKSHOP = "Quando são os workshops de prova de chá?"
Q_PORTES = "Quanto custam os portes em Portugal continental?"
Q_ILHAS = "Enviam para os Açores e a Madeira?"
Q_PRESENTE = "Têm packs de presente?"
Q_DEVOLUCAO = "Posso devolver um pacote de chá aberto?"
Q_LOJA = "Qual é o horário e a morada da loja?"
Q_CAFEINA = "Que chás não têm cafeína?"
Q_PAGAMENTO = "Que formas de pagamento aceitam?"
Q_ENCOMENDA = "Onde está a minha encomenda?"
Q_CONSERVAR = "Como devo guardar o chá e quanto tempo dura?"
Q_REVENDA = "Vendem para cafés e restaurantes?"

FAQ = [
    (Q_TIPOS,
     "Chá verde (sencha, gunpowder, matcha), preto (assam, earl grey, darjeeling), branco, oolong, rooibos e "
     "infusões (camomila, lúcia-lima, hortelã, frutos vermelhos). A granel desde 4,50 € por 50 g. Temos chá dos "
     "Açores (Gorreana, preto e verde) a 6,90 € por 100 g.",
     "produtos", ["tipos", "variedades", "verde", "preto", "granel"],
     ["que chas tem", "tem cha verde", "vendem cha a granel"]),
    (Q_PREPARAR,
     "Uma colher de chá (2-3 g) por 200 ml. Verde: água a 70-80 °C, 2-3 min. Preto: 95 °C, 3-5 min. Branco: 75 °C, "
     "4-5 min. Rooibos e infusões: água a ferver, 5-8 min. O verde e o oolong aguentam 2 a 3 infusões. Água da torneira "
     "do Porto? Melhor filtrada.",
     "preparação", ["preparar", "temperatura", "minutos", "infusão", "água"],
     ["a que temperatura faço o cha", "quanto tempo deixo o cha", "quantas gramas por chavena"]),
    (Q_ASSINATURA,
     "18,90 € por mês: 4 chás de 25 g escolhidos por nós, com fichas de preparação. É cobrada no dia 26 e enviada até "
     "ao dia 5 do mês seguinte, portes grátis no continente (ilhas + 3 €). Sem fidelização. Também se pode oferecer: "
     "3 meses por 54 €.",
     "assinatura", ["assinatura", "caixa mensal", "subscrição", "todos os meses"],
     ["como funciona a caixa do mes", "quanto custa a assinatura", "oferecer uma subscricao"]),
    (Q_PAUSAR,
     "Na sua conta em chacamelia.pt ou por email para encomendas@chacamelia.pt, até ao dia 25: a caixa do mês "
     "seguinte já não é cobrada nem enviada. Depois do dia 25 a caixa seguinte já está paga e segue na mesma. Pode "
     "também suspender até 3 meses sem terminar.",
     "assinatura", ["cancelar", "suspender", "terminar", "pausa", "desistir"],
     ["quero cancelar a assinatura", "posso pausar a caixa", "ate quando posso desistir"]),
    (Q_WORKSHOP,
     "Aos sábados às 16:00 na loja, 90 minutos, 25 € por pessoa (máx. 10): provamos 6 chás e leva 50 g para casa. "
     "Grupos privados a partir de 6 pessoas, 22 € por pessoa, noutro dia a combinar. Inscrição em chacamelia.pt.",
     "workshops", ["workshop", "prova", "degustação", "inscrição", "grupo"],
     ["quando ha provas de cha", "quanto custa o workshop", "workshop para grupo"]),
    (Q_PORTES,
     "CTT, 2-3 dias úteis: 3,90 €; grátis a partir de 35 €. Encomendas pagas até às 14:00 saem no mesmo dia útil. "
     "Levantamento na loja grátis (pronto em 2 horas).",
     "envios", ["portes", "envio", "entrega", "continente", "CTT"],
     ["quanto pago de envio", "portes gratis a partir de", "posso levantar na loja"]),
    (Q_ILHAS,
     "Sim: Açores e Madeira 6,50 €, 4 a 7 dias úteis; grátis a partir de 60 €. Não enviamos para fora da União "
     "Europeia.",
     "envios", ["Açores", "Madeira", "ilhas", "envio"],
     ["mandam para a madeira", "portes para os acores", "quanto demora para as ilhas"]),
    (Q_PRESENTE,
     "Pack Descoberta (6 chás de 25 g) 24,90 €; Pack Porto (chá, caneca e infusor) 32 €. Embrulho de presente 1,50 € "
     "e cartão com mensagem grátis; a pedido, a fatura segue por email e não dentro da caixa.",
     "produtos", ["presente", "pack", "oferta", "embrulho", "cabaz"],
     ["tem algo para oferecer", "fazem embrulho", "pack de natal"]),
    (Q_DEVOLUCAO,
     "Pacotes selados: 14 dias para devolver, reembolso em 5 dias úteis (portes da devolução por sua conta). Pacotes "
     "abertos não aceitamos, por higiene, exceto com defeito (humidade, cheiro estranho, insetos): envie uma foto "
     "para encomendas@chacamelia.pt até 7 dias depois de receber e substituímos sem custos.",
     "devoluções", ["devolver", "devolução", "reembolso", "aberto", "troca"],
     ["posso trocar um cha", "devolucao de pacote aberto", "quero o dinheiro de volta"]),
    (Q_LOJA,
     "Rua de Cedofeita 311, 4050-181 Porto, a 8 minutos a pé do metro Lapa. Segunda a sábado, 10:00-19:00; domingo "
     "fechado. Telefone 22 208 47 15.",
     "loja", ["horário", "morada", "loja", "aberto", "Cedofeita"],
     ["a que horas abrem", "onde fica a loja", "estao abertos ao sabado"]),
    (Q_CAFEINA,
     "Sem cafeína: rooibos e todas as infusões (camomila, lúcia-lima, hortelã, frutos vermelhos). O chá branco e o "
     "verde têm pouca, o preto e o matcha mais (30-70 mg por chávena). Em gravidez ou com medicação, pergunte ao seu "
     "médico.",
     "produtos", ["cafeína", "teína", "dormir", "noite", "descafeinado"],
     ["qual o cha sem teina", "algo para beber a noite", "o rooibos tem cafeina"]),
    (Q_PAGAMENTO,
     "Online: MB WAY, referência Multibanco (válida 48 horas), cartão Visa/Mastercard e PayPal. Na loja também "
     "numerário. A assinatura só por cartão ou MB WAY.",
     "pagamentos", ["pagamento", "MB WAY", "multibanco", "cartão", "pagar"],
     ["posso pagar com mbway", "aceitam multibanco", "como pago a assinatura"]),
    (Q_ENCOMENDA,
     "Quando a encomenda sai recebe um email com o código de seguimento dos CTT. Se não chegar em 5 dias úteis "
     "(continente) ou 10 (ilhas), escreva para encomendas@chacamelia.pt com o número da encomenda: abrimos reclamação "
     "nos CTT e, se se perdeu, enviamos outra sem custos.",
     "envios", ["encomenda", "seguimento", "atraso", "tracking"],
     ["a minha encomenda nao chegou", "codigo de seguimento", "encomenda atrasada"]),
    (Q_CONSERVAR,
     "Fechado, o chá dura 12 meses; depois de aberto, use-o em 3 meses. Guarde-o numa lata opaca e bem fechada, longe "
     "da luz, do calor, do café e das especiarias; nunca no frigorífico (exceto o matcha aberto).",
     "preparação", ["guardar", "validade", "conservar", "lata", "prazo"],
     ["o cha estraga", "onde guardo o cha", "quanto tempo dura aberto"]),
    (Q_REVENDA,
     "Sim: conta profissional com NIF, 20 % de desconto em encomendas a partir de 150 € (sem IVA), entrega grátis no "
     "Grande Porto e fatura a 30 dias depois da 2.ª encomenda. Peça a tabela a profissional@chacamelia.pt.",
     "profissionais", ["revenda", "restaurante", "profissional", "desconto", "quantidade"],
     ["precos para cafes", "vendem a restaurantes", "desconto para revenda"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye/acknowledgement
        ("boa tarde! a minha mae anda sem dormir e o medico disse para largar o cafe a noite, que chas e que ela pode "
         "beber sem cafeina e como se faz o rooibos?",
         "Small talk greeting + " + both(Q_CAFEINA, Q_PREPARAR) + " — caffeine-free: rooibos and all infusions "
         "(camomile, lemon verbena, mint, red fruits); rooibos: boiling water, 5-8 min, 2-3 g per 200 ml.",
         "Only one half without pointing to the other; recommending green or white tea; medical advice beyond the FAQ."),
        ("e mandar para gaia quanto fica?",
         faq(Q_PORTES) + " — CTT 2-3 working days, 3,90 €; free from 35 €; pick-up in the shop free.",
         "The islands price; 'not covered'; asking to rephrase."),
        ("se calhar vou eu ai buscar, ate que horas estao?",
         faq(Q_LOJA) + " — Monday-Saturday 10:00-19:00, closed Sunday; Rua de Cedofeita 311 (8 min from metro Lapa); "
         "an online order for pick-up is ready in 2 hours (a plus).",
         "Sunday hours; the shipping entry again."),
        ("fixe, bue obrigada! esta bem entao, ate logo",
         "Small talk: acknowledgement + thanks + goodbye (`fixe` = great, `bué` = very, `está bem` = OK) — short friendly "
         "close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, follow-up, bot?
        ("ola, uma duvida",
         "Too vague to answer — choices (teas, shipping, subscription, workshops...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("a minha irma vive em ponta delgada e faz anos dia 12, se eu fizer o pedido hoje ainda la chega a tempo?",
         TYPE + faq(Q_ILHAS) + " — Azores 6,50 € (free from 60 €), 4 to 7 working days. Today is Tuesday 1 December, "
         "a public holiday in Portugal, and 8 December is one too: counting from Wednesday 2 December, 7 working days "
         "end on Friday 11 December — probably in time but not guaranteed; a right reply states the 4-7 working days "
         "and does not promise.",
         "Tapping an earlier choice; the mainland 2-3 days; promising delivery by the 12th; 'we do not ship there'."),
        ("e da para ir ja embrulhado com um cartaozinho a dizer que e meu?",
         faq(Q_PRESENTE) + " — gift wrap 1,50 €, card with a message free; the invoice can go by email instead of in "
         "the box; packs 24,90 € / 32 €.",
         "'Not covered'; charging for the card; the shipping entry."),
        ("estou a falar com uma pessoa ou isto e automatico?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("bom dia, tenho um problema com o que me mandaram",
         "Too vague to answer — choices (delivery, returns...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao e nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("abri o saquinho de sencha que me chegou ontem e cheira a mofo, tipo humido. ja fiz uma chavena e deitei fora, "
         "e agora?",
         faq(Q_DEVOLUCAO) + " — opened packs are not taken back except when faulty (damp, odd smell, insects): send a "
         "photo to encomendas@chacamelia.pt within 7 days of receiving it (arrived yesterday → in time) and it is "
         "replaced free.",
         "'Opened packs cannot be returned' without the fault exception; the storage entry; the tracking entry."),
        ("e ja agora vendem cafe em grao? o meu marido nao larga o cimbalino de manha",
         "Not covered by the FAQ (near the trade: coffee beans are not sold) — says so honestly, may offer a person. "
         "(`cimbalino` = an espresso in Porto.)",
         "Inventing coffee for sale; the teas list as if it answered; the caffeine entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("somos 3 amigas e queriamos ir a uma daquelas provas, quanto e por cabeca e da para pagar por mbway?",
         both(Q_WORKSHOP, Q_PAGAMENTO) + " — 25 € per person (max 10), Saturdays 16:00, 90 min, 6 teas + 50 g to take "
         "home, sign-up at chacamelia.pt; MB WAY accepted (also Multibanco, card, PayPal).",
         "Only one half without pointing to the other; the private-group price (needs 6 people)."),
        ("mas e em que dia e a que horas?? nao disseste isso",
         "Acknowledges the push-back + " + faq(Q_WORKSHOP) + " — Saturdays at 16:00 in the shop, 90 minutes; next "
         "Saturday is 5 December.",
         "Repeating the first answer unchanged; the shop hours; a handover without answering."),
        ("pa isto nao da, quero falar com uma pessoa a serio, carago",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `pá`, `carago` = damn) — short "
         "apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("esta ai alguem?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("COMPREI HA 9 DIAS E AINDA NAO ME APARECEU NADA!!! vivo em braga nao e nos acores, ja paguei e ninguem me "
         "responde aos emails",
         faq(Q_ENCOMENDA) + " — calm, acknowledges the anger: more than 5 working days on the mainland → write to "
         "encomendas@chacamelia.pt with the order number, they open a CTT claim and, if lost, send another free; check "
         "the tracking code e-mail. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the islands entry because of `acores`; the returns entry; a handover with "
         "no explanation."),
        ("ja agora sabe que autocarro apanho da trindade para o estadio do dragao?",
         "Not covered (unrelated: which bus goes to the Dragão stadium; `autocarro` = bus) — says it cannot help with "
         "that, no FAQ answer.",
         "The shop's address and metro as if it answered; inventing a bus line."),
        ("quero que me liguem, o meu telemovel e 912 384 067, so depois das 18h",
         "Hands over / passes on a callback request to 912 384 067 after 18:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer; asking to rephrase."),
        ("e isso demora muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 2-3 day shipping time; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("o meu filho deu-me a caixa mensal no natal passado mas agora so posso beber agua por causa do estomago, a "
         "partir de janeiro ja nao quero receber mais nada",
         faq(Q_PAUSAR) + " — in the account at chacamelia.pt or by e-mail to encomendas@chacamelia.pt by the 25th: then "
         "the next month's box is not charged or sent (by 25 December → no January box); pausing up to 3 months is "
         "also possible. Does not claim anything is ended.",
         "Claiming the subscription is ended; the caffeine entry because of `estomago`; the gift packs."),
        ("ok pode ser",
         "Ambiguous yes — asks what she wants (end it, or pause?) or explains the next step; must not claim anything is "
         "ended.",
         "Saying the subscription is now ended; a random FAQ entry."),
        ("e a deste mes, que ja foi paga, vem na mesma ou devolvem o dinheiro?",
         faq(Q_PAUSAR) + " — the December box was charged on 26 November (after the 25th) and is sent anyway, by 5 "
         "December; no refund in the FAQ.",
         "A refund; 'it will not be sent'; the returns entry."),
        ("o pa, passe-me la a alguem da loja que eu com estas coisas nao me entendo, esta bem?",
         "Hands over to a person (`ó pá`, `passe-me lá a alguém`, `está bem?`) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, follow-up, two questions
        ("boa noite! depois de abrir o cha quanto tempo e que ele se aguenta, e voces tem daquele dos acores?",
         "Small talk greeting + " + both(Q_CONSERVAR, Q_TIPOS) + " — opened: use within 3 months (12 months closed), "
         "opaque closed tin, away from light, heat, coffee and spices; Azores tea (Gorreana, black and green) 6,90 € per "
         "100 g.",
         "Only one half without pointing to the other; the shipping to the Azores; 'keep it in the fridge'."),
        ("tenho uma pastelaria na foz, se levar uns 5 quilos de cada vez fazem melhor preco?",
         faq(Q_REVENDA) + " — professional account with NIF, 20 % off orders from 150 € (without VAT), free delivery in "
         "Greater Porto; price list from profissional@chacamelia.pt.",
         "'Not covered'; the gift packs; the workshop group price."),
        ("e para casa queria aquela caixa que vem todos os meses, quanto e e posso pagar por multibanco?",
         both(Q_ASSINATURA, Q_PAGAMENTO) + " — 18,90 € a month, 4 teas of 25 g, free shipping on the mainland, no "
         "commitment; the subscription is paid only by card or MB WAY, NOT by Multibanco reference.",
         "Only one half without pointing to the other; saying Multibanco works for the subscription."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
