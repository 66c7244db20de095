"""pt: Barbearia Ribeira Velha, Rua de Cedofeita, Porto (northern European Portuguese)."""
from common_b import write

FAQ = [
 ["Quanto custa um corte de cabelo?", "O corte custa 14 €, corte com barba 22 € e só máquina 10 €. Crianças até aos 12 anos pagam 10 €.", "preços", "corte;preço;cabelo;máquina", "quanto é o corte|preço do corte|quanto levam por cortar o cabelo"],
 ["Qual é o horário da barbearia?", "Estamos abertos de terça a sexta das 9h00 às 20h00 e ao sábado das 9h00 às 18h00. Ao domingo e à segunda-feira estamos fechados.", "geral", "horário;abertos;fechados;sábado;segunda", "a que horas abrem|estão abertos à segunda|até que horas estão abertos"],
 ["Preciso de marcação?", "Recomendamos marcar pela app, pelo telefone 222 000 111 ou por WhatsApp. De terça a sexta atendemos sem marcação por ordem de chegada se houver vaga; ao sábado só com marcação.", "marcações", "marcação;marcar;sem marcação;vaga", "posso aparecer sem marcar|como faço marcação|é preciso marcar"],
 ["Quanto custa fazer a barba?", "Aparar a barba custa 10 €; barba com toalha quente e navalha 14 €. O desenho do contorno custa mais 3 €.", "preços", "barba;navalha;toalha quente;aparar", "quanto é a barba|fazem barba à navalha|preço da barba"],
 ["Fazem coloração de cabelo ou barba?", "Sim: coloração do cabelo 18 € e da barba 12 €, para cobrir brancos ou mudar o tom. Demora cerca de 30 minutos e deve ser marcada com antecedência.", "serviços", "coloração;pintar;brancos;tinta", "pintam o cabelo|tapar os brancos|tingir a barba"],
 ["Como cancelo ou mudo a minha marcação?", "Pode cancelar ou mudar até 2 horas antes pela app ou pelo SMS de confirmação. Quem faltar 2 vezes sem avisar passa a pagar 5 € antecipados em cada marcação.", "marcações", "cancelar marcação;desmarcar;mudar hora;faltar", "quero desmarcar|não posso ir|mudar a hora da marcação"],
 ["Que formas de pagamento aceitam?", "Aceitamos MB WAY, Multibanco, cartões Visa e Mastercard e dinheiro. Não aceitamos American Express.", "pagamentos", "pagamento;MB WAY;multibanco;cartão;dinheiro", "posso pagar com cartão|aceitam mbway|só dinheiro"],
 ["Há estacionamento perto?", "Não temos estacionamento próprio. O parque da Trindade fica a 5 minutos a pé (1,40 € por hora) e a estação de metro da Lapa a 4 minutos.", "geral", "estacionamento;estacionar;carro;parque;metro", "onde deixo o carro|há lugar para estacionar|como chego de metro"],
 ["Cortam o cabelo a crianças?", "Sim, a partir dos 3 anos, com cadeira própria. Até aos 12 anos o corte custa 10 €. Ao sábado de manhã há muita procura, por isso convém marcar.", "serviços", "crianças;miúdos;filho;infantil", "cortam a miúdos|o meu filho pode cortar aí|corte para crianças"],
 ["Vendem produtos para cabelo e barba?", "Sim: pomadas e ceras a 16 €, óleo de barba a 18 € e champô de barba a 12 €. Pode comprar na barbearia sem marcação.", "produtos", "produtos;pomada;cera;óleo;champô", "vendem pomada|onde compro óleo de barba|têm produtos à venda"],
 ["Têm cartão de cliente?", "Sim, o cartão de cliente é gratuito: cada corte ganha um carimbo e o 10.º corte é oferecido. Os carimbos não valem para produtos.", "preços", "cartão de cliente;fidelização;carimbos;grátis", "têm cartão de pontos|o décimo corte é grátis|programa de fidelização"],
 ["Vendem vales de oferta?", "Sim, vendemos vales de oferta de 15 € a 60 €, na barbearia ou por MB WAY. São válidos durante 6 meses para qualquer serviço ou produto.", "pagamentos", "vale;oferta;presente;voucher", "posso oferecer um corte|têm vouchers|vale presente"],
 ["Quanto tempo demora um corte?", "Um corte demora cerca de 30 minutos e um corte com barba cerca de 50 minutos.", "serviços", "tempo;demora;duração;minutos", "quanto tempo leva|é rápido|quanto tempo estou aí"],
 ["Têm serviço para noivos?", "Sim, o pacote noivo custa 45 € e inclui corte, barba com toalha quente e limpeza de pele, na barbearia. Deve marcar com pelo menos 2 semanas de antecedência. Não fazemos serviços ao domicílio.", "serviços", "noivo;casamento;pacote;limpeza de pele", "vou casar|pacote para casamento|tratamento antes do casamento"],
 ["E se eu chegar atrasado?", "Há uma tolerância de 10 minutos. Depois disso, se a agenda estiver cheia, remarcamos para outra hora ou fazemos só o serviço que couber no tempo que resta.", "marcações", "atraso;atrasado;tolerância;chegar tarde", "cheguei tarde|quanto tempo de tolerância|vou chegar atrasado"],
]

def F(i):
    return 'FAQ: "%s"' % FAQ[i][0]

CH = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "

PLAN = [
 (1, "boas! quanto e que cobram para me aparar a gadelha?", F(0) + " — corte 14 €, corte+barba 22 €, máquina 10 €", "only a greeting; the beard price"),
 (1, "e ao sabado tao abertos?", F(1) + " — sábado 9h00-18h00", "the price again; the booking rules only"),
 (1, "tenho de marcar ou e so aparecer?", F(2) + " — ter-sex sem marcação se houver vaga; sábado só com marcação", "the cancelling entry; a handover"),
 (1, "fixe. e o meu puto de 5 anos, tambem lhe cortam?", F(8) + " — sim, a partir dos 3 anos, 10 €", "not covered; the adult price only"),
 (2, "fico ai sentado muito? tenho a hora de almoco contada", F(12) + " — corte ~30 min, corte+barba ~50 min", "the opening hours; choices without the answer"),
 (2, CH + "ah e tem aquela cera pro cabelo a venda?", F(9) + " — pomadas e ceras 16 €", "ignoring the typed question; not covered"),
 (2, "onde deixo o carro? e da pra pagar com mbway?", "Both " + F(7) + " — parque da Trindade 1,40 €/h + " + F(6) + " — sim, MB WAY", "answering only one without pointing to the other"),
 (2, "ya obg, ate logo", "Small talk: thanks + goodbye — short closing", "a FAQ answer; a handover"),
 (3, "quanto e pra arranjar a barba?", F(3) + " — aparar 10 €, toalha quente e navalha 14 €; or choices with it", "a handover"),
 (3, REJ + "nao pa, nao e isso. tenho bue brancos na barba, queria escurecer", F(4) + " — coloração da barba 12 €", "the beard trim again; not covered"),
 (3, "e demora muito?", F(4) + " — cerca de 30 minutos", "the haircut duration (30/50 min); the opening hours"),
 (3, "e sobrancelhas com linha, tambem fazem?", "Not covered by the FAQ (eyebrow threading is not offered) — honest, offer a person", "the colouring entry; inventing a price"),
 (4, "a malta diz que ao fim de umas quantas idas ja nao se paga, e verdade?", F(10) + " — sim, cartão gratuito, 10.º corte oferecido", "the gift voucher entry"),
 (4, "nao foi isso que perguntei. quero saber se os carimbos contam pra pomada", "Push-back (first time) — apologise; stamps don't count for products, or ask what is missing / offer a person", "the identical answer with no apology"),
 (4, "outra vez a mesma coisa carago! passa-me a alguem de carne e osso ja", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; choices"),
 (4, WAIT + "entao?? ta ai alguem", "Waiting — reassure, no FAQ answer, no invented wait time", "a FAQ answer; an invented time"),
 (5, "apareci um bocado depois da hora e mandaram-me embora, isto e uma vergonha pa!!", F(14) + " — apology; tolerância 10 min, depois remarcação ou serviço que caiba", "only 'lamentamos'; the cancelling entry"),
 (5, "e ja agora sabes a que horas joga o porto no domingo?", "Not covered by the FAQ (football) — honest, short", "the opening hours; choices"),
 (5, "liguem-me para o 912 345 678 sff, quero falar com o patrao", "Request for a person (callback with a number) — hand over, number passed on", "asking for the number again; a FAQ answer"),
 (5, AFTER + "isso vai demorar muito?", "Waiting — someone will call; no invented time", "inventing '5 minutos'; the haircut duration entry"),
 (6, "tou a falar com um robot ou que?", "Small talk: are you a bot — honest, offer help or a person", "claiming to be human; a FAQ answer"),
 (6, "ok. vou dar o no em junho, tem alguma coisa pra mim? e queria dar uma prenda ao meu padrinho, tipo uma ida ai", "Both " + F(13) + " — pacote noivo 45 €, marcar 2 semanas antes + " + F(11) + " — vales 15-60 €, 6 meses", "only one of the two"),
 (6, "epa isto assim nao da, mete-me ai a falar com a malta da barbearia", "Request for a person (dialect) — hand over", "not recognising 'a malta da barbearia' as staff; a FAQ answer"),
 (6, WAIT + "ola?? alguem?", "Waiting — reassure, no FAQ answer", "greeting as a new chat; a FAQ answer"),
 (7, "amanha as 10 nao vou conseguir ir", F(5) + " — até 2 h antes pela app ou SMS; or ask which booking", "saying it was cancelled"),
 (7, "sim", "Ambiguous sim — acknowledge or ask; never claim the booking was cancelled", "'a sua marcação foi cancelada'"),
 (7, "ok ta bem", "Small talk: acknowledgement — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("pt", FAQ, PLAN)
