"""pt: Rei do Pneu Borracharia e Alinhamento, Av. Vasco da Gama, Salvador (Bahia)."""
from common_b import *

Q = [
 ("Qual o horário de funcionamento?", "Segunda a sexta das 7h30 às 18h, sábado das 7h30 às 13h. Domingo e feriado fechado.", "geral", "horario;abre;fecha;sabado;domingo", "que horas vcs abrem|abre sabado|ate que horas fica aberto"),
 ("Quanto custa o alinhamento?", "Alinhamento: R$ 80 carro de passeio, R$ 120 SUV ou caminhonete. Balanceamento: R$ 15 por roda. Combo alinhamento + balanceamento das 4 rodas: R$ 120 (carro de passeio).", "servicos", "alinhamento;balanceamento;preco;combo;geometria", "qual o valor do alinhamento|preco do balanceamento|quanto fica alinhar e balancear"),
 ("Quanto custa consertar um pneu furado?", "Remendo a frio R$ 30, vulcanização R$ 50. Reparo rápido com macarrão R$ 25 (provisório). O conserto leva uns 20 minutos.", "servicos", "furo;remendo;vulcanizacao;conserto;macarrao", "quanto e pra tapar um furo|remendo de pneu preco|vcs vulcanizam"),
 ("Vocês vendem pneus novos?", "Sim: Pirelli, Goodyear, Michelin e Continental, aro 13 ao 20. Exemplo: Pirelli aro 15 a partir de R$ 429. Montagem e válvula grátis na compra.", "pneus", "pneu novo;marcas;aro;Pirelli;montagem", "tem pneu aro 15|quanto ta um pneu novo|quais marcas vcs tem"),
 ("Precisa agendar horário?", "Alinhamento e troca de pneus com hora marcada pelo WhatsApp (71) 99812-4430. Furo e calibragem é por ordem de chegada, sem agendar.", "agendamento", "agendar;marcar horario;WhatsApp;ordem de chegada", "como marco horario|tem que marcar antes|posso chegar sem agendar"),
 ("Quais as formas de pagamento?", "Pix, dinheiro, débito e crédito. Parcelamos em até 6x sem juros acima de R$ 400.", "pagamento", "pagamento;pix;cartao;parcelar;credito", "aceita cartao|parcela em quantas vezes|posso pagar no pix"),
 ("Vocês fazem socorro de pneu na rua?", "Sim, de segunda a sábado no horário de funcionamento: R$ 60 até 10 km da loja (Brotas, Barra, Pituba, Rio Vermelho, Federação), mais o serviço. Ligue (71) 3244-1870.", "servicos", "socorro;guincho;atendimento na rua;estepe;emergencia", "vcs vao ate onde o carro ta|tem socorro|furou o pneu na rua vcs vem"),
 ("Qual a garantia?", "Alinhamento: 30 dias ou 1.000 km. Consertos: 90 dias. Pneus novos: garantia de fábrica de 5 anos contra defeito de fabricação (não cobre corte ou buraco).", "garantia", "garantia;defeito;prazo;cobertura", "tem garantia o servico|garantia do pneu novo|quanto tempo de garantia"),
 ("Como cancelo ou remarco meu horário?", "Pelo WhatsApp (71) 99812-4430 até 1 hora antes, sem custo. Pneus encomendados: o sinal de 30% só é devolvido se cancelar até 24 h antes da chegada do pneu.", "agendamento", "cancelar;desmarcar;remarcar;sinal;agendamento", "quero desmarcar|posso mudar o dia|devolve o sinal"),
 ("Vocês aceitam pneu velho na troca?", "Recolhemos o pneu velho grátis para descarte correto. Se o pneu tiver mais de 3 mm de sulco, damos R$ 30 de desconto por pneu na compra de novos.", "pneus", "pneu velho;descarte;desconto;troca;usado", "o que faco com o pneu velho|dao desconto no usado|vcs ficam com o pneu antigo"),
 ("Onde fica a loja?", "Av. Vasco da Gama, 1420, Engenho Velho de Brotas, Salvador, ao lado do posto Shell. Temos estacionamento próprio com 8 vagas.", "geral", "endereco;localizacao;onde fica;estacionamento;Vasco da Gama", "qual o endereco|onde vcs ficam|tem estacionamento"),
 ("O carro continua puxando depois do alinhamento, o que faço?", "Desculpe! Volte em até 30 dias ou 1.000 km que refazemos o alinhamento de graça e verificamos suspensão e pneus sem custo. Não precisa agendar, é só trazer a nota.", "garantia", "puxando;volante torto;refazer;reclamacao;alinhamento ruim", "o volante ficou torto|carro puxando pro lado|alinhamento nao ficou bom"),
 ("Quanto tempo demora o serviço?", "Alinhamento: cerca de 40 minutos. Troca de 4 pneus com balanceamento: cerca de 1 hora. Conserto de furo: 20 minutos. Tem sala de espera com café e wi-fi.", "servicos", "demora;duracao;espera;tempo de servico", "quanto tempo leva|vou esperar muito|demora o alinhamento"),
 ("Vocês fazem calibragem com nitrogênio?", "Sim: R$ 5 por pneu, grátis para quem comprou os pneus aqui. Calibragem com ar comum é grátis.", "servicos", "nitrogenio;calibragem;calibrar;ar", "tem nitrogenio|quanto e calibrar|calibragem gratis"),
 ("Vocês atendem moto?", "Sim, só pneu: conserto de furo de moto R$ 20, troca/montagem R$ 25 por pneu. Não fazemos alinhamento nem revisão de moto.", "servicos", "moto;motocicleta;pneu de moto;conserto moto", "conserta pneu de moto|trocam pneu de moto|atende motoqueiro"),
]
F = {i + 1: q[0] for i, q in enumerate(Q)}
def faq(n, facts): return f'FAQ: "{F[n]}" — {facts}'
def both(a, fa, b, fb): return f'Both FAQ: "{F[a]}" — {fa} + FAQ: "{F[b]}" — {fb}'

R = [
 (1, "oxe bom dia, quanto ta o alinhamento e vcs abrem sabado?", both(2, "R$ 80 carro de passeio", 1, "sábado 7h30 às 13h"), "only one of the two answered without pointing to the other; the booking entry"),
 (1, "e balanceamento tb?", faq(2, "R$ 15 por roda, combo com alinhamento R$ 120"), "choices; the Saturday hours again"),
 (1, "e vou ficar plantado la quantas horas?", faq(13, "alinhamento cerca de 40 min, com balanceamento das 4 rodas cerca de 1 h"), "the opening hours; 'not covered'"),
 (1, "massa, valeu painho", "Small talk: thanks + acknowledgement ('massa' = great, 'painho' = friendly form of address)", "an FAQ answer; choices; a handover"),
 (2, "queria ver sobre pneu", "Too vague to answer: choices (new tyres, puncture repair, old tyre trade-in...) or a clarifying question", "one entry picked as if sure; a handover"),
 (2, CHOICES + "tem pirelli aro 15? quanto sai", faq(4, "Pirelli aro 15 a partir de R$ 429, montagem grátis"), "ignoring the typed question; the puncture prices"),
 (2, "vcs parcelam? e o que eu tirar do carro, vcs levam embora?", both(6, "até 6x sem juros acima de R$ 400", 10, "recolhem grátis; R$ 30 de desconto por pneu com mais de 3 mm"), "only one answered; 'not covered'"),
 (2, "vc eh robo ou gente, vei?", "Small talk: says honestly it is an automatic assistant and a person can take over", "claiming to be a person; an FAQ answer; handing over unasked"),
 (3, "tenho q avisar antes ou eh so encostar ai pra alinhar?", faq(5, "alinhamento com hora marcada pelo WhatsApp (71) 99812-4430"), "the price of the alignment; the address"),
 (3, REJECT + "nao, nao eh isso. minha moto ta com o pneu murcho, vcs mexem com moto?", faq(15, "sim, só pneu de moto"), "the scheduling answer again; the car puncture prices"),
 (3, "e quanto fica?", faq(15, "conserto de furo de moto R$ 20, troca R$ 25") + " (the price for the motorbike, not the car)", "the car puncture prices R$ 30/50; choices"),
 (3, "aproveitando, vcs trocam oleo tb?", "Not covered by the FAQ (no oil change): say so honestly and offer a person", "the nitrogen/calibration entry; choices of unrelated entries"),
 (4, "meu estepe ta com um prego, quanto sai pra resolver? e aquele gas pra encher que dizem que eh melhor, vcs tem?", both(3, "remendo a frio R$ 30, vulcanização R$ 50", 14, "R$ 5 por pneu, grátis para quem comprou os pneus lá"), "only one answered; new tyre prices"),
 (4, "oxe, nao foi isso q eu perguntei", "Push-back (first time): apologise and ask what is missing, or offer a person", "repeating the same answers word for word; a new unrelated FAQ answer"),
 (4, "ta de brincadeira ne, bota alguem pra falar comigo agora, to arretado", "Push-back (second time in a row) + angry request for a person ('arretado' here = furious): hand over now", "another FAQ answer; asking to rephrase; choices"),
 (4, WAIT + "alo?? tem alguem ai??", "Waiting: reassure that a person has been asked; no FAQ answer, no invented wait time", "a fresh greeting; an FAQ answer; a made-up time"),
 (5, "oxente!! levei ai semana passada pra alinhar e a direcao segue indo pra direita, paguei 80 conto pra nada, ta barril", faq(12, "volte em até 30 dias/1.000 km, refazem grátis e verificam suspensão") + " (ideally with an apology)", "only 'sorry'; the alignment price; the guarantee of new tyres"),
 (5, "vc sabe que horas eh o ba-vi domingo?", "Not covered by the FAQ (unrelated, Bahia x Vitória football match): short honest reply, no FAQ entry", "the opening hours (Sunday closed) as if that answered it; choices; a handover"),
 (5, "me liga alguem pfv, (71) 98734-2210, to no trampo e nao da pra ficar digitando", "Request for a person (callback with a number): hand over / note the callback", "the shop's phone number only; ignoring the number"),
 (5, AFTER + "vai demorar muito? mainha ta me esperando com o carro e o pivete ta fazendo uma zoada aqui", "Waiting: reassure, no invented time", "the service-duration entry (40 min); a made-up time; restarting the chat"),
 (6, "nao vou poder ir amanha 9h no alinhamento, tira meu nome ai", faq(9, "pelo WhatsApp até 1 hora antes, sem custo") + "; must not say the appointment is cancelled", "saying 'your appointment has been cancelled'; the scheduling entry only"),
 (6, "sim", "Ambiguous yes: acknowledge or ask what they want (cancel via WhatsApp? a person?); never claim it was cancelled", "'done, cancelled'; an unrelated FAQ answer"),
 (6, "oxe, la ele falar com robo, chama um atendente de verdade ai", "Request for a person (dialect: 'lá ele' = God forbid): hand over", "an FAQ answer; small talk only; asking to rephrase"),
 (7, "e ai blz? onde vcs ficam e da pra deixar o carro ai na frente?", faq(11, "Av. Vasco da Gama 1420, Engenho Velho de Brotas, ao lado do posto Shell; estacionamento próprio 8 vagas") + " (two questions, one entry)", "only the address without the parking; the socorro entry"),
 (7, "e se eu nem conseguir chegar, tipo pneu rasgado na paralela, vcs vao la?", faq(7, "socorro seg-sáb R$ 60 até 10 km + o serviço, (71) 3244-1870") + " (if the place is further than 10 km, say so or offer a person)", "the puncture prices only; 'not covered'"),
 (7, "e pneu novo, se der defeito, cobre quanto tempo?", faq(8, "pneus novos: 5 anos de fábrica contra defeito, não cobre corte/buraco"), "the alignment guarantee 30 days only; the new-tyre prices"),
 (7, "massa, vlw, falou", "Small talk: goodbye", "an FAQ answer; choices; a handover"),
]

if __name__ == "__main__":
    write_faq("pt", Q)
    write_plan("pt", R)
