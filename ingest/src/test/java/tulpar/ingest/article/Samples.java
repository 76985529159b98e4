package tulpar.ingest.article;

/** Short news-like sentences in each language, written for these tests. */
final class Samples {

  static final String ENGLISH = "The foreign ministers of the two countries met in the capital and discussed"
      + " cooperation in trade, transport and energy. The sides agreed to prepare a new agreement by the end of"
      + " the year.";
  static final String TURKISH = "Dışişleri bakanları başkentte bir araya gelerek ticaret, ulaştırma ve enerji"
      + " alanlarında işbirliğini görüştü. Taraflar yıl sonuna kadar yeni bir anlaşma hazırlanması için"
      + " çalışacak.";
  static final String RUSSIAN = "Министры иностранных дел двух стран встретились в столице и обсудили торговлю,"
      + " транспорт и энергетику. Стороны договорились подготовить новое соглашение о сотрудничестве к концу"
      + " года.";
  static final String KAZAKH = "Екі елдің сыртқы істер министрлері астанада кездесіп, сауда, көлік және"
      + " энергетика салаларындағы ынтымақтастықты талқылады. Тараптар жыл соңына дейін жаңа келісім"
      + " дайындауға уағдаласты.";
  static final String UZBEK_LATIN = "Ikki davlat tashqi ishlar vazirlari poytaxtda uchrashib, savdo, transport va"
      + " energetika sohalaridagi o‘zaro hamkorlikni muhokama qildi. Tomonlar yil oxirigacha yangi kelishuv"
      + " tayyorlashga kelishib oldi.";
  static final String UZBEK_CYRILLIC = "Икки давлат ташқи ишлар вазирлари пойтахтда учрашиб, савдо, транспорт ва"
      + " энергетика соҳаларидаги ўзаро ҳамкорликни муҳокама қилди. Томонлар йил охиригача янги келишув"
      + " тайёрлашга келишиб олди.";
  static final String AZERBAIJANI = "İki ölkənin xarici işlər nazirləri paytaxtda görüşərək ticarət, nəqliyyat və"
      + " enerji sahələrində əməkdaşlığı müzakirə ediblər. Tərəflər il sonuna qədər yeni saziş hazırlamağa"
      + " razılaşıblar.";
  static final String GERMAN = "Die Außenminister der beiden Länder trafen sich in der Hauptstadt und sprachen"
      + " über Handel, Verkehr und Energie.";

  private Samples() {}
}
