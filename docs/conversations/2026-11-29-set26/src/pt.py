"""pt: Douro Lar Móveis (made up), furniture shop in Porto, plain everyday European Portuguese."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_ENTREGA = "Fazem entregas e quanto custam?"
Q_PRAZO = "Quanto tempo demora a entrega?"
Q_MONTAGEM = "A montagem está incluída?"
Q_RECOLHA = "Levam os móveis velhos?"
Q_MEDIDA = "Fazem móveis por medida?"
Q_MEDICAO = "Podem ir a minha casa tirar medidas?"
Q_PRESTACOES = "Posso pagar em prestações?"
Q_DEVOLUCAO = "Posso devolver um móvel?"
Q_DANIFICADO = "O móvel chegou danificado, o que faço?"
Q_GARANTIA = "Que garantia têm os móveis?"
Q_HORARIO = "Qual é o horário do showroom?"
Q_ESTACIONAMENTO = "Há estacionamento na loja?"
Q_AMOSTRAS = "Posso pedir amostras de tecido?"
Q_CANCELAR = "Posso cancelar uma encomenda?"
Q_EXPOSICAO = "Vendem peças de exposição com desconto?"

FAQ = [
    (Q_ENTREGA,
     "Sim. No Grande Porto a entrega é grátis em compras a partir de 500 €; abaixo disso custa 35 €. Para o resto de "
     "Portugal continental custa entre 60 € e 120 €, conforme a distância. Levamos os móveis até à divisão que escolher; "
     "em prédios sem elevador, a partir do 3.º andar acrescem 20 €.",
     "entregas", ["entrega", "portes", "transporte", "Grande Porto", "ao domicílio"],
     ["quanto pagam de portes", "entregam em Gaia", "levam a casa"]),
    (Q_PRAZO,
     "Artigos em stock: 3 a 7 dias úteis. Artigos por encomenda: 6 a 8 semanas (sofás por medida: 8 a 10 semanas). "
     "Ligamos 48 horas antes para marcar o dia, com uma janela de 4 horas. Se falharmos a janela marcada, voltamos a "
     "marcar com prioridade e a entrega passa a ser grátis.",
     "entregas", ["prazo de entrega", "quanto tempo", "data de entrega", "dias úteis", "agendar"],
     ["quando é que chega", "em quantos dias entregam"]),
    (Q_MONTAGEM,
     "Nas entregas no Grande Porto a montagem é grátis. Fora do Grande Porto custa 40 € por encomenda. Roupeiros com "
     "mais de 2 metros são montados por 2 técnicos e podem ter de ser fixados à parede.",
     "entregas", ["montagem", "montar", "técnicos", "roupeiro"],
     ["vocês montam o móvel", "a montagem paga-se à parte"]),
    (Q_RECOLHA,
     "Sim, no dia da entrega do móvel novo: 30 € por peça e 50 € por um sofá de 3 ou mais lugares. O móvel tem de "
     "estar vazio e, se for um roupeiro, já desmontado. Encaminhamos tudo para reciclagem ou para instituições.",
     "entregas", ["recolha", "móvel antigo", "velho", "reciclagem"],
     ["ficam com o sofá antigo", "quanto custa tirar o móvel velho"]),
    (Q_MEDIDA,
     "Sim: sofás, mesas e estantes podem ser feitos com as medidas que quiser, a partir de +15 % sobre o preço de "
     "tabela. O prazo é de 8 a 10 semanas e pedimos um sinal de 30 %, que não é devolvido depois de a produção "
     "começar.",
     "por medida", ["por medida", "personalizado", "tamanho", "dimensões", "à medida"],
     ["fazem sofás mais pequenos", "posso escolher o tamanho da mesa"]),
    (Q_MEDICAO,
     "Sim. No Grande Porto um técnico vai a sua casa tirar as medidas e ver os acessos (escadas, portas, elevador) por "
     "25 €, que descontamos se fizer a compra. Marque pelo 22 610 45 87; normalmente a visita é em 5 dias úteis.",
     "por medida", ["medição", "tirar medidas", "visita técnica", "medir"],
     ["vêm medir a sala", "a visita para medir paga-se"]),
    (Q_PRESTACOES,
     "Sim. Com cartão de crédito pode pagar em 3 vezes sem juros. Em compras a partir de 600 € pode pagar em 6 a 24 "
     "prestações através da nossa financeira parceira (12 meses sem juros; TAEG a partir de 9,9 % nos restantes "
     "prazos), sujeito a aprovação. Precisa do cartão de cidadão e do IBAN.",
     "pagamentos", ["prestações", "pagar às prestações", "financiamento", "sem juros", "crédito"],
     ["posso pagar aos bocadinhos", "fazem financiamento"]),
    (Q_DEVOLUCAO,
     "Compras na loja: troca ou devolução em 30 dias com o talão, sem uso e na embalagem original; se tivermos de ir "
     "buscar o móvel, custa 35 €. Compras no site: 14 dias de livre resolução. Móveis por medida e peças de exposição "
     "não têm devolução.",
     "devoluções", ["devolução", "devolver", "troca", "reembolso", "livre resolução"],
     ["posso trocar uma cadeira", "quero o dinheiro de volta"]),
    (Q_DANIFICADO,
     "Se puder, escreva o dano na guia de entrega antes de assinar. Tire fotografias e avise-nos em 48 horas pelo "
     "22 610 45 87 ou por email. Reparamos ou trocamos a peça sem custos, normalmente em 15 dias.",
     "reclamações", ["danificado", "estragado", "partido", "dano", "defeito de transporte"],
     ["o sofá veio rasgado", "a mesa chegou partida"]),
    (Q_GARANTIA,
     "Todos os móveis têm 3 anos de garantia; a estrutura dos sofás tem 5. A garantia não cobre o desgaste normal do "
     "tecido, manchas, nem danos por mau uso ou por montagem feita pelo cliente.",
     "garantia", ["garantia", "avaria", "defeito", "cobertura"],
     ["quantos anos de garantia", "o que cobre a garantia"]),
    (Q_HORARIO,
     "O showroom está aberto de segunda a sábado das 10h00 às 19h30 e ao domingo das 14h00 às 19h00. Fechamos a 1 de "
     "janeiro, a 25 de dezembro e no feriado de São João (24 de junho).",
     "loja", ["horário", "abertos", "showroom", "domingo", "feriados"],
     ["a que horas abrem", "estão abertos ao domingo"]),
    (Q_ESTACIONAMENTO,
     "Sim, temos parque gratuito com 25 lugares à porta, na Rua do Carvalhido Novo 318. De transportes, a paragem de "
     "autocarro mais próxima fica a 300 metros e a estação de metro a 600 metros.",
     "loja", ["estacionamento", "parque", "carro", "metro"],
     ["onde posso estacionar", "há lugar para o carro"]),
    (Q_AMOSTRAS,
     "Sim. Enviamos até 5 amostras de tecido grátis pelo correio, em 3 a 5 dias úteis; cada amostra a mais custa 2 €. "
     "No showroom tem mais de 200 tecidos para ver e tocar.",
     "tecidos", ["amostras", "tecido", "cores", "catálogo de tecidos"],
     ["mandam amostras para casa", "posso ver as cores do sofá"]),
    (Q_CANCELAR,
     "Artigos em stock: pode cancelar sem custos até sair para entrega; devolvemos o valor em 14 dias, pela mesma forma "
     "de pagamento. Artigos por encomenda ou por medida: cancelamento grátis em 48 horas; depois disso ficamos com o "
     "sinal de 30 %.",
     "encomendas", ["cancelar", "anular", "cancelamento", "desistir"],
     ["quero anular a encomenda", "ainda posso desistir da compra"]),
    (Q_EXPOSICAO,
     "Sim, as peças de exposição e as de fim de coleção têm 20 % a 40 % de desconto. Têm a garantia normal de 3 anos, "
     "mas não têm devolução. Só se vendem no showroom, enquanto houver.",
     "loja", ["peças de exposição", "outlet", "desconto", "fim de coleção", "montra"],
     ["têm sofás em promoção", "vendem o que está exposto"]),
]

PLAN = [
    [  # 1 delivery to Matosinhos + assembly, when, 5th floor, thanks/bye
        ("boa tarde, quanto custa a entrega para matosinhos? e vocês montam o roupeiro?",
         "Small talk greeting + " + both(Q_ENTREGA, Q_MONTAGEM) + " — Greater Porto (Matosinhos is in it): free from 500 €, otherwise 35 €; assembly free in Greater Porto (wardrobes over 2 m by 2 technicians).",
         "Only one half without pointing to the other; the 'rest of Portugal' price; the old-furniture pick-up entry."),
        ("e chega quando mais ou menos?",
         faq(Q_PRAZO) + " — in stock 3-7 working days, to order 6-8 weeks; a call 48 h ahead with a 4-hour window.",
         "Asking what she means; the showroom hours; the cancellation entry."),
        ("e se for num 5º andar sem elevador?",
         faq(Q_ENTREGA) + " — from the 3rd floor without a lift, 20 € more.",
         "The home-measuring entry (access) alone; 'not covered'; a handover."),
        ("ok, fico a aguardar. obrigadinha, até à próxima",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close ('fico a aguardar' = I'll wait for it, not a waiting-for-a-person turn).",
         "An FAQ answer; choices; a handover."),
    ],
    [  # 2 vague, shorter sofa typed while choices show, measuring visit, bot?
        ("tenho uma dúvida sobre um sofá",
         "Too vague to answer — choices (custom sizes, fabric samples, delivery, guarantee) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("a minha sala é pequenina, o que vi aí tem 2,40 e só me cabe um de 2 metros, conseguem fazer mais curto?",
         TYPE + faq(Q_MEDIDA) + " — yes, custom sizes from +15 % on the list price, 8-10 weeks, 30 % deposit.",
         "Tapping an earlier choice; the returns entry; the display-pieces entry; 'not covered'."),
        ("e vêm cá medir?",
         faq(Q_MEDICAO) + " — yes, in Greater Porto, 25 €, deducted if she buys; book on 22 610 45 87, usually within 5 working days.",
         "The delivery entry; asking what she means; 'free' without the 25 €."),
        ("estou a falar com alguém de carne e osso ou é um robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague problem, typed rejection, scratched table, re-caning chairs (near-trade)
        ("o meu móvel tem um problema",
         "Too vague to answer — choices (damaged on delivery, guarantee, returns) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("não é nada disso",
         TYPE + "Typed rejection — asks what the problem is / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("a mesa de jantar veio ontem e tem um risco enorme no tampo, o senhor da carrinha já se tinha ido embora quando vi",
         faq(Q_DANIFICADO) + " — photos and tell them within 48 h (22 610 45 87 or email): still in time; repair or replacement free, usually within 15 days.",
         "The guarantee entry alone (wear not covered); the returns entry (30 days, 35 € pick-up); a handover without the steps."),
        ("e vocês também arranjam cadeiras antigas? tenho 6 da minha avó com a palhinha toda rota",
         "Not covered by the FAQ (near the trade: repairing / re-caning old chairs is not offered in the FAQ) — says so honestly, offers a person.",
         "Inventing a repair service or price; the guarantee entry; the old-furniture pick-up entry."),
    ],
    [  # 4 instalments + fabric samples, push-back + frame in 2 years, push-back twice + person, waiting
        ("queria levar um sofá e pagar em 12 vezes, dá? e consigo ver os tecidos em casa antes de escolher?",
         both(Q_PRESTACOES, Q_AMOSTRAS) + " — from 600 € in 6-24 instalments via the partner (12 months interest-free), subject to approval; up to 5 fabric samples free by post in 3-5 working days.",
         "Only one half without pointing to the other; only the 3 interest-free card payments; the measuring-visit entry."),
        ("não respondeu ao que perguntei. e se daqui a 2 anos a estrutura ceder, quem paga?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_GARANTIA) + " — the sofa frame has 5 years of guarantee (3 for everything else): covered.",
         "Ignoring the complaint and repeating the previous answer; the damaged-on-delivery entry; a handover without answering."),
        ("chega!! ponha-me a falar com um funcionário, já estou farto disto",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("então? ninguém diz nada?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5 angry: missed delivery (covered), francesinha, callback, waiting
        ("disseram-me que o sofá vinha sábado de manhã, fiquei em casa o dia todo e ninguém apareceu nem ligou!! é uma vergonha, tirei um dia de férias para nada",
         faq(Q_PRAZO) + " — calm, apologises: a missed window is rescheduled with priority and the delivery becomes free; offering a person as well is fine.",
         "A cold answer ignoring the anger; only the delivery times (3-7 days); the cancellation entry; a handover with no explanation."),
        ("já agora, sabe onde se come uma boa francesinha aí perto?",
         "Not covered (unrelated: where to eat a francesinha) — says it cannot help with that, no FAQ answer.",
         "The parking or showroom entry; inventing a restaurant."),
        ("liguem-me hoje ainda para o 936 274 108, até às 18h",
         "Hands over / passes on a callback request to 936 274 108 before 18:00; no FAQ answer.",
         "Ignoring the number; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("quanto tempo vou ter de esperar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery times (3-7 days / 6-8 weeks); promising an exact time."),
    ],
    [  # 6 backing out without the word, ambiguous yes, if it had arrived, Porto person
        ("comprei uma cómoda na segunda, ainda não chegou, mas afinal já não a quero, a minha mulher encontrou outra. e agora?",
         faq(Q_CANCELAR) + " — an item in stock can be cancelled free until it leaves for delivery, money back in 14 days (to order: free within 48 h, then the 30 % deposit is kept); do not claim it has been cancelled.",
         "Claiming the order is cancelled; the returns entry alone; trying to sell him something else."),
        ("sim",
         "Ambiguous yes — asks what he means or explains the next step (how to cancel / a person); must not claim anything was cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("e se já tivesse chegado?",
         faq(Q_DEVOLUCAO) + " — bought in the shop: return within 30 days with the receipt, unused, in the original packaging; 35 € if they have to collect it.",
         "The cancellation entry again; the damaged-item entry; asking what he means."),
        ("ó carago, isto é muito complicado, passe-me lá a alguém da loja se faz favor",
         "Hands over to a person (Porto: `carago`, an exclamation) — short, no FAQ answer.",
         "An FAQ answer (showroom hours); not understanding the request; asking to rephrase."),
    ],
    [  # 7 Sunday hours + parking, São João, old sofa + display pieces
        ("bom dia! a que horas abrem ao domingo e há sítio para deixar o carro?",
         "Small talk greeting + " + both(Q_HORARIO, Q_ESTACIONAMENTO) + " — Sundays 14:00-19:00; free car park with 25 spaces at the door.",
         "Only one half without pointing to the other; the weekday hours as Sunday's."),
        ("e no são joão?",
         faq(Q_HORARIO) + " — closed on 24 June (São João).",
         "Not understanding (São João = Porto's holiday on 24 June); the normal hours as if open; 'not covered'."),
        ("mais duas coisas: levam o sofá antigo quando trazem o novo? e as peças que estão expostas têm desconto?",
         both(Q_RECOLHA, Q_EXPOSICAO) + " — yes, on delivery day, 50 € for a 3-seater (30 € per other piece); display pieces 20-40 % off, normal 3-year guarantee, no returns.",
         "Only one half without pointing to the other; the returns entry; the delivery-cost entry."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
