"""pt: Esmalteria Arretada, nail salon, Boa Viagem, Recife (Pernambuco Portuguese)."""
from common_b import write_faq, write_plan, faq_ref as F, both as B

Q = [
 ("Quanto custa manicure e pedicure?", "Manicure R$ 30, pedicure R$ 35 e pé e mão juntos R$ 60. Esmaltação em gel custa R$ 25 a mais por mão ou pé.", "preços", ["manicure", "pedicure", "pé e mão", "preço", "esmaltação em gel"], ["quanto é a mão", "valor do pé e mão", "preço da esmaltação em gel"]),
 ("Quanto custa o alongamento de unhas?", "Alongamento em gel ou fibra de vidro: R$ 150. A manutenção, a cada 15 a 21 dias, custa R$ 90. Banho de gel na unha natural: R$ 80.", "preços", ["alongamento", "fibra", "gel", "manutenção", "unha postiça"], ["quanto é a fibra", "preço da manutenção", "alongar as unhas"]),
 ("Qual o horário de funcionamento?", "Segunda das 13h às 19h; terça a sábado das 9h às 19h. Domingos e feriados fechado.", "horário", ["horário", "abre", "fecha", "domingo", "sábado"], ["vocês abrem sábado", "até que horas atendem", "abre domingo"]),
 ("Como faço para agendar?", "Pelo WhatsApp (81) 99876-5432, pelo Instagram @esmalteriaarretada ou pelo link de agendamento na bio. Para alongamento pedimos um sinal de R$ 20 no Pix, descontado no dia.", "agendamento", ["agendar", "marcar", "horário", "whatsapp", "sinal"], ["quero marcar um horário", "como marco", "agendamento pelo whatsapp"]),
 ("Como cancelo ou remarco um horário?", "Cancele ou remarque pelo WhatsApp (81) 99876-5432 até 3 horas antes, sem custo. Com menos de 3 horas ou se faltar, o sinal não é devolvido (ou cobramos R$ 15 no próximo atendimento). Tolerância de atraso: 15 minutos.", "agendamento", ["cancelar", "desmarcar", "remarcar", "atraso", "faltar"], ["preciso desmarcar", "posso trocar o dia", "vou me atrasar"]),
 ("Atendem sem hora marcada?", "Sim, fazemos encaixe quando tem profissional livre, mas quem tem horário marcado tem prioridade. Para não esperar, mande uma mensagem antes no WhatsApp (81) 99876-5432; encaixe só até as 18h.", "agendamento", ["sem hora marcada", "encaixe", "chegar direto", "na hora"], ["posso ir sem marcar", "tem encaixe hoje", "atendem por ordem de chegada"]),
 ("Quais as formas de pagamento?", "Pix, cartão de débito, cartão de crédito (em até 3x sem juros acima de R$ 150) e dinheiro. Não aceitamos cheque.", "pagamento", ["pagamento", "pix", "cartão", "parcelar", "dinheiro"], ["aceita cartão", "posso parcelar", "pagar no pix"]),
 ("Onde fica o salão e tem estacionamento?", "Rua dos Navegantes, 1200, loja 3, Boa Viagem, a duas quadras da praia. O estacionamento conveniado ao lado custa R$ 5 para clientes (apresente o ticket no caixa).", "localização", ["endereço", "onde fica", "estacionamento", "boa viagem"], ["qual o endereço", "tem onde estacionar", "como chego no salão"]),
 ("Os materiais são esterilizados?", "Sim. Alicates e espátulas são lavados e esterilizados em autoclave a 134 °C, e abrimos o envelope lacrado na sua frente. Lixas, palitos e toalhas são descartáveis, de uso único. Se preferir, pode trazer seu próprio alicate.", "higiene", ["esterilização", "autoclave", "higiene", "alicate", "descartável"], ["vocês esterilizam o alicate", "é higiênico", "posso levar meu alicate"]),
 ("A unha quebrou ou descolou. Tem garantia?", "Alongamento e esmaltação em gel têm garantia de 7 dias: se quebrar ou descolar nesse prazo, o reparo é grátis. Depois disso, o reparo de uma unha custa R$ 10.", "garantia", ["garantia", "quebrou", "descolou", "reparo", "conserto"], ["minha unha de gel soltou", "unha quebrou tem conserto", "o gel descascou"]),
 ("Atendem crianças?", "Sim, a partir de 6 anos, sempre acompanhadas de um responsável. Manicure kids custa R$ 20, com esmaltes sem tolueno e formaldeído.", "serviços", ["criança", "infantil", "kids", "idade"], ["fazem unha de criança", "manicure infantil", "minha filha pode fazer"]),
 ("Fazem nail art e decoração?", "Sim: desenhos a partir de R$ 5 por unha, francesinha R$ 10 a mais e pedrarias R$ 2 cada. Traga uma foto do modelo que você quer.", "serviços", ["nail art", "decoração", "desenho", "francesinha", "pedraria"], ["fazem desenho na unha", "quanto é a francesinha", "unha decorada"]),
 ("Tem pacote para noivas?", "Sim: manicure, pedicure, spa dos pés e esmaltação em gel por R$ 180 no salão. Atendimento em domicílio só para noivas, com taxa de R$ 50, em Recife, Olinda e Jaboatão. Reserve com 30 dias de antecedência.", "serviços", ["noiva", "casamento", "domicílio", "pacote noiva"], ["vou casar", "atendem em casa", "pacote de casamento"]),
 ("Tem plano mensal?", "Sim: 4 manicures e 2 pedicures por R$ 190 no mês, válido por 30 dias a partir da primeira visita. Esmaltação em gel é cobrada à parte.", "preços", ["plano mensal", "pacote", "mensalidade", "assinatura"], ["tem pacote por mês", "plano de manicure", "sai mais barato fazer todo mês"]),
 ("Vocês fazem spa dos pés?", "Sim: esfoliação, hidratação e banho de parafina, por R$ 45, com duração de uns 50 minutos. Junto com a pedicure, sai por R$ 70.", "serviços", ["spa dos pés", "parafina", "hidratação", "esfoliação"], ["tem hidratação nos pés", "banho de parafina", "spa pra pé rachado"]),
]
q = [e[0] for e in Q]
(MANI, ALONG, HORARIO, AGENDAR, CANCELAR, ENCAIXE, PAGAMENTO, ONDE, ESTERIL, GARANTIA, CRIANCA, NAILART, NOIVA, PLANO, SPA) = q

TYPED = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "

C = [
 [  # 1 price, follow-ups, thanks
  ("oi boa tarde! quanto ta o pe e mao ai? e vcs ficam onde em boa viagem?", B(MANI, ONDE, "pé e mão R$ 60; Rua dos Navegantes 1200, loja 3, Boa Viagem"), "only the address; the bridal package"),
  ("e so a mao com gel? e tem algum esquema pra quem vai toda semana?", B(MANI, PLANO, "manicure R$ 30 + gel R$ 25 = R$ 55; monthly plan 4 manicures + 2 pedicures R$ 190, gel extra"), "the nail-extension prices (R$ 150); only one half"),
  ("massa. pode passar no cartao? e se eu chegar direto sem marcar vcs atendem?", B(PAGAMENTO, ENCAIXE, "Pix, debit, credit (3x above R$ 150), cash; walk-ins fitted in when someone is free, booked clients first"), "the booking entry alone; answering only one half"),
  ("vlw visse", "Small talk: thanks — short friendly reply", "repeating the last answer; a handover"),
 ],
 [  # 2 vague, typed question with choices, follow-up, bot?
  ("queria saber da unha", "Too vague to answer — choices (manicure prices, extensions, nail art...) or a clarifying question", "a handover; one price presented as the answer"),
  (TYPED + "quanto eh pra alongar as unha? e se quebrar depois vcs arrumam?", B(ALONG, GARANTIA, "extension R$ 150, maintenance R$ 90 every 15-21 days; 7-day guarantee, repair free, after that R$ 10 per nail"), "only one half; the manicure price"),
  ("e no fim de semana?", F(HORARIO, "Saturday 9h-19h, Sunday (and holidays) closed"), "the booking entry; inventing Sunday hours; saying closed all weekend"),
  ("oxe vc eh gente ou robo?", "Small talk: are you a bot — honest: an automatic assistant, a person can take over", "claiming to be a person; a handover without asking"),
 ],
 [  # 3 vague, rejection, rephrasing, not offered
  ("eh pra minha filha", "Too vague to answer — choices (children's manicure...) or a clarifying question", "a handover; the adult price list as the answer"),
  (REJ + "nao eh isso nao", "Typed rejection — apologise and ask what she wants to know; no handover yet", "repeating the same choices or answer"),
  ("ela tem 8 anos e quer umas sereia pintada nos dedinho, pode?", B(CRIANCA, NAILART, "from 6 years with an adult, manicure kids R$ 20; drawings from R$ 5 per nail, bring a photo"), "only the nail-art price without saying children are served; the bridal package"),
  ("e sobrancelha vcs fazem? queria fazer a minha tb", "Not covered by the FAQ (no eyebrow design; the salon only does nails) — honest no, offer of a person", "the nail-art entry; inventing an eyebrow price"),
 ],
 [  # 4 two questions, push-back twice, waiting
  ("vou subir no altar em dezembro, vcs tem algo especial pra esse dia? e como reservo?", B(NOIVA, AGENDAR, "bridal package R$ 180 in the salon, home visit only for brides R$ 50 extra, book 30 days ahead; WhatsApp (81) 99876-5432 or Instagram"), "only the booking entry; the monthly plan"),
  ("nao foi isso q eu perguntei, pq vc ta respondendo outra coisa?", "Push-back (first time) — apologise, ask what is missing or offer a person", "repeating the same answer; a new unrelated entry"),
  ("arre egua, me passa pra uma pessoa logo", "Push-back (second time in a row) and angry request for a person — hand over now", "another FAQ answer; asking to rephrase again"),
  (WAIT + "alo?? tem alguem ai", "Waiting — reassure that a person has the chat, no FAQ answer, no invented wait time", "a greeting and FAQ choices from scratch"),
 ],
 [  # 5 angry (hygiene), unrelated, callback, how long
  ("fui ontem ai e sai com a cuticula sangrando, vcs pelo menos lavam essas coisa?? to arretada", F(ESTERIL, "pliers washed and sterilised in an autoclave, sealed pouch opened in front of you, files single-use; you may bring your own (ideally with an apology)"), "the guarantee entry; saying \"not covered\"; a handover without the answer"),
  ("sabe se o metro ta funcionando hj?", "Not covered by the FAQ (public transport) — honest short no", "the address/parking entry; any FAQ choices"),
  ("me liga no 81 98765 4321 pfv, quero falar com a dona", "Request for a person (callback with number) — hand over / confirm the callback request", "repeating the hygiene answer; asking for the number again"),
  (AFTER + "demora mto?", "Waiting — it asks about the callback: no invented time, the team has the request", "a made-up time; the spa duration (50 min) or any FAQ entry"),
 ],
 [  # 6 cancel, ambiguous yes, person in dialect
  ("oi, nao vou poder ir hj as 15h, mainha ta doente. como faco pra liberar minha vaga?", F(CANCELAR, "by WhatsApp (81) 99876-5432 up to 3 h before, free; later the deposit is lost / R$ 15 next time"), "claiming it is cancelled; the booking entry"),
  ("ta bom sim", "Ambiguous yes — acknowledge or ask; never claim the appointment was cancelled", "claiming \"your appointment is cancelled\"; a new FAQ answer"),
  ("oxe nao, quero falar com gente de verdade visse", "Request for a person (dialect) — hand over", "another FAQ answer; answering \"gente\" as small talk"),
 ],
 [  # 7 two questions, follow-up, ack, bye
  ("meu pe ta rachado que so, vcs tem algum tratamento? e o estacionamento ai eh pago?", B(SPA, ONDE, "foot spa R$ 45 (scrub, moisturising, paraffin); partner car park R$ 5 for clients"), "only one half; the pedicure price alone"),
  ("e demora quanto tempo isso?", F(SPA, "about 50 minutes; R$ 70 together with a pedicure"), "the opening hours; the booking entry"),
  ("blz, entendi", "Small talk: acknowledgement — short reply", "repeating the answer; a handover"),
  ("tchau, ate sabado", "Small talk: goodbye", "FAQ choices; a handover"),
 ],
]

if __name__ == "__main__":
    write_faq("pt", Q)
    write_plan("pt", C)
    print("pt written")
