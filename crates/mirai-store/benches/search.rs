//! Offline search on a generated corpus of 10,008 article texts (1,112 articles, each in the nine
//! languages), next to SQLite's FTS5 `trigram` tokenizer measured in the same run
//! (performance.md S5 and finding 3):
//!
//! - latency of `Store::search` (limit 30, in the query's language and in every language):
//!   p50, p95 and max over every query and repetition, each engine in turn going round-robin
//!   over the query set (so that none runs on pages another just cached for the same query);
//! - recall on a query set with 1- and 2-character Japanese and Chinese, kana for kanji,
//!   Vietnamese without diacritics, Portuguese and Spanish without accents, Burmese words,
//!   English, and queries mixing scripts;
//! - index size as a ratio of the text it indexes, from `dbstat`;
//! - install time of the signed pack (verification, files and index in one transaction).
//!
//! The corpus is generated, not real: sentences are drawn from a vocabulary of real words per
//! language (about 160 nouns and phrases: each article is about 8 of them, the rest follow
//! Zipf's law; plus function words, particles and verb endings), so word frequencies are
//! plausible but the text is not prose.
//! Japanese carries ruby readings (`{家賃|やちん}`) on a third of its kanji words, and the other
//! languages quote Japanese terms in brackets now and then, as the real content does.
//!
//! Ground truth is brute force over the same texts the index is built from (title, and summary,
//! body and ruby readings), after `mirai_search::fold`: a Latin-script word must occur as a
//! whole word (diacritics and case ignored; the last word as a prefix for queries marked as
//! being typed); Japanese, Chinese and Burmese terms must occur as substrings; all terms must
//! occur in the same text, or, when no text in scope has them all, any of them (the search's own
//! documented fallback). Recall is |found ∩ relevant| / |relevant| over the full result list
//! (limit 20,000, so ranking does not cut it), measured apart from the timed runs at limit 30.
//!
//! Both stores are SQLCipher files with the same raw key, WAL and the store's 16 MiB page cache,
//! so only the tokenizer and the query differ. The trigram peer is queried the standard way:
//! each space-separated term quoted, `ORDER BY rank`, `snippet()`; a second peer enables
//! `remove_diacritics 1`; a third replaces terms under three characters (which the trigram
//! tokenizer cannot match) with `LIKE '%term%'` on title and body, as some apps do.
//!
//! Run with `cargo bench -p mirai-store --bench search` (release); it prints Markdown and takes
//! about eight minutes on a 2-vCPU VM (`MIRAI_BENCH_REPS=3` for a quick look). Benchmarks are not
//! tests: nothing here is asserted.

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::{BTreeMap, HashSet};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use mirai_core::Language;
use mirai_keys::RawKey;
use mirai_pack::content::plain_text;
use mirai_pack::{Limits, PackBuilder, PackId, PackPath};
use mirai_search::{Document, Query, fold, snippet};
use mirai_store::Store;
use rusqlite::{Connection, params, params_from_iter};
use serde_json::json;

/// Articles in the pack; each has a text in every language, so rows = 9 × this.
const ARTICLES: usize = 1_112;
/// The app's page of results.
const LIMIT: usize = 30;
/// High enough that every match is returned, for recall.
const RECALL_LIMIT: usize = 20_000;
/// Timed repetitions of the whole query set (after one untimed warm-up pass);
/// `MIRAI_BENCH_REPS` overrides it (the breakdown runs a third as many).
const REPS: usize = 30;
/// Nouns an article is about; the same ones in every language.
const TOPIC_NOUNS: usize = 8;
/// The share of nouns drawn from the article's topic; the rest follow Zipf's law with this
/// exponent over the whole vocabulary, in a fixed shuffled order (so that how common a word is
/// does not depend on where it stands in the lists below).
const TOPIC_SHARE: f64 = 0.75;
const ZIPF: f64 = 1.1;

// ---------------------------------------------------------------------------------------------
// Vocabularies. Entries are separated by white space; `_` stands for a space inside an entry;
// Japanese entries may carry a reading after `|`. Order is frequency rank (Zipf-like draw).

const EN_NOUNS: &str = "work company employer worker contract wage salary rent insurance hospital \
    doctor city_hall residence_card visa tax pension bank money overtime minimum_wage \
    health_insurance apartment landlord deposit key_money pay_slip immigration passport \
    ward_office clinic nurse medicine emergency ambulance police fire earthquake typhoon \
    evacuation shelter garbage recycling neighbour noise school student teacher Japanese lesson \
    child baby pregnancy birth family spouse account remittance card phone internet train bus \
    station bicycle driver's_licence accident injury illness paid_leave holiday dismissal \
    harassment union lawyer consultation interpreter form document application renewal permit \
    fee broker debt loan interest receipt shop food rice water electricity gas bill payment \
    month year day week hour office counter number address name date signature seal copy photo \
    rule law right duty help support advice information website app message letter post_office \
    parcel income deduction bonus shift part-time full-time trainee technical_intern \
    specified_skilled_worker dormitory room house moving furniture summer winter safety exit \
    hazard_map river town village prefecture country embassy consulate departure airport ticket \
    luggage customs Hello_Work labour_standards_office resident_record My_Number_card \
    national_health_insurance employees'_pension procedure foreigner life";
const EN_FUNCTION: &str = "the the the a a of of to to and and in in for is you you your can must \
    at on with if or not be have this that it by from are will should ask pay check bring call \
    get keep go use need send show read write before after every";

const VI_NOUNS: &str = "công_việc công_ty người_lao_động chủ_sử_dụng hợp_đồng lương tiền_thuê_nhà \
    nhà_ở bảo_hiểm bệnh_viện bác_sĩ tòa_thị_chính thẻ_cư_trú thị_thực thuế lương_hưu ngân_hàng \
    tiền làm_thêm_giờ lương_tối_thiểu bảo_hiểm_y_tế căn_hộ chủ_nhà tiền_đặt_cọc bảng_lương \
    xuất_nhập_cảnh hộ_chiếu ủy_ban_quận phòng_khám y_tá thuốc cấp_cứu xe_cứu_thương cảnh_sát \
    hỏa_hoạn động_đất bão sơ_tán nơi_lánh_nạn rác tái_chế hàng_xóm tiếng_ồn trường_học học_sinh \
    giáo_viên tiếng_Nhật bài_học trẻ_em em_bé mang_thai sinh_con gia_đình vợ_chồng tài_khoản \
    chuyển_tiền thẻ điện_thoại mạng tàu_điện xe_buýt nhà_ga xe_đạp bằng_lái_xe tai_nạn \
    chấn_thương bệnh nghỉ_phép_có_lương ngày_nghỉ sa_thải quấy_rối công_đoàn luật_sư tư_vấn \
    phiên_dịch mẫu_đơn giấy_tờ đơn_xin gia_hạn giấy_phép phí môi_giới nợ khoản_vay lãi_suất \
    biên_lai cửa_hàng thức_ăn gạo nước điện ga hóa_đơn thanh_toán tháng năm ngày tuần giờ \
    văn_phòng quầy số địa_chỉ tên ngày_tháng chữ_ký con_dấu bản_sao ảnh quy_định pháp_luật \
    quyền nghĩa_vụ giúp_đỡ hỗ_trợ lời_khuyên thông_tin trang_web ứng_dụng tin_nhắn thư \
    bưu_điện bưu_kiện thu_nhập khấu_trừ tiền_thưởng ca_làm bán_thời_gian toàn_thời_gian \
    thực_tập_sinh kỹ_năng_đặc_định ký_túc_xá phòng nhà chuyển_nhà đồ_đạc mùa_hè mùa_đông \
    an_toàn lối_thoát bản_đồ sông núi thành_phố thị_trấn làng tỉnh đất_nước đại_sứ_quán \
    lãnh_sự_quán về_nước sân_bay vé hành_lý hải_quan thủ_tục người_nước_ngoài cuộc_sống";
const VI_FUNCTION: &str = "và và của của cho là có có không được phải ở ở tại với khi nếu thì này \
    đó bạn bạn người các những một để từ đến trong ngoài hãy cần nên có_thể đã sẽ đang rất \
    nhiều mỗi hỏi trả kiểm_tra mang gọi nhận giữ đi dùng gửi";

const TL_NOUNS: &str = "trabaho kompanya amo manggagawa kontrata sahod upa insurance ospital doktor \
    munisipyo residence_card visa buwis pensiyon bangko pera overtime minimum_na_sahod \
    health_insurance paupahan may-ari_ng_bahay deposito pay_slip imigrasyon pasaporte \
    ward_office klinika nars gamot emerhensiya ambulansya pulis sunog lindol bagyo paglikas \
    evacuation_center basura pag-recycle kapitbahay ingay paaralan estudyante guro wikang_Hapon \
    aralin anak sanggol pagbubuntis panganganak pamilya asawa account padala card telepono \
    internet tren bus istasyon bisikleta lisensya aksidente pinsala sakit bakasyon pahinga \
    pagtanggal_sa_trabaho panliligalig unyon abogado konsultasyon tagasalin porma dokumento \
    aplikasyon pag-renew permiso bayad ahensya utang pautang interes resibo tindahan pagkain \
    bigas tubig kuryente gas singil pagbabayad buwan taon araw linggo oras panahon opisina \
    numero tirahan pangalan petsa pirma tatak kopya larawan patakaran batas karapatan \
    tungkulin tulong suporta payo impormasyon website app mensahe sulat koreo pakete kita \
    kaltas bonus shift part-time full-time trainee technical_intern specified_skilled_worker \
    dormitoryo kuwarto bahay paglipat kasangkapan tag-init taglamig kaligtasan labasan mapa \
    ilog bundok lungsod bayan baryo prepektura bansa embahada konsulado pag-uwi paliparan \
    tiket bagahe adwana proseso dayuhan buhay";
const TL_FUNCTION: &str = "ang ang ng ng sa sa mga mga at na ay ni para kung hindi may mayroon ka \
    mo iyong ito iyan kay dapat puwede maaari kailangan huwag po lamang din rin pa magbayad \
    tumawag magtanong suriin dalhin kumuha ipakita gamitin ipadala";

const ID_NOUNS: &str = "pekerjaan perusahaan pemberi_kerja pekerja kontrak gaji sewa asuransi \
    rumah_sakit dokter kantor_kota kartu_izin_tinggal visa pajak pensiun bank uang lembur \
    upah_minimum asuransi_kesehatan apartemen pemilik_rumah deposit slip_gaji imigrasi paspor \
    kantor_kelurahan klinik perawat obat darurat ambulans polisi kebakaran gempa_bumi topan \
    evakuasi tempat_pengungsian sampah daur_ulang tetangga kebisingan sekolah siswa guru \
    bahasa_Jepang pelajaran anak bayi kehamilan kelahiran keluarga pasangan rekening \
    kiriman_uang kartu telepon internet kereta bus stasiun sepeda SIM kecelakaan cedera \
    penyakit cuti_berbayar hari_libur pemecatan pelecehan serikat_pekerja pengacara konsultasi \
    penerjemah formulir dokumen permohonan perpanjangan izin biaya calo utang pinjaman bunga \
    kuitansi toko makanan beras air listrik gas tagihan pembayaran bulan tahun hari minggu jam \
    waktu kantor loket nomor alamat nama tanggal tanda_tangan stempel salinan foto aturan \
    hukum hak kewajiban bantuan dukungan saran informasi situs_web aplikasi pesan surat \
    kantor_pos paket penghasilan potongan bonus sif paruh_waktu penuh_waktu peserta_magang \
    keterampilan_khusus asrama kamar rumah pindahan perabot musim_panas musim_dingin \
    keselamatan pintu_keluar peta sungai gunung kota desa provinsi negara kedutaan konsulat \
    pulang bandara tiket bagasi bea_cukai prosedur orang_asing kehidupan";
const ID_FUNCTION: &str = "dan dan yang yang di di ke dari untuk dengan ini itu adalah tidak ada \
    Anda Anda harus bisa dapat jika atau juga akan sudah belum perlu jangan saat setiap banyak \
    membayar menelepon bertanya memeriksa membawa mendapat menyimpan pergi menggunakan mengirim";

const PT_NOUNS: &str = "trabalho empresa empregador trabalhador contrato salário aluguel seguro \
    hospital médico prefeitura cartão_de_residência visto imposto aposentadoria banco dinheiro \
    hora_extra salário_mínimo seguro_de_saúde apartamento proprietário depósito holerite \
    imigração passaporte subprefeitura clínica enfermeira remédio emergência ambulância polícia \
    incêndio terremoto tufão evacuação abrigo lixo reciclagem vizinho barulho escola estudante \
    professor língua_japonesa aula criança bebê gravidez nascimento família cônjuge conta \
    remessa cartão telefone internet trem ônibus estação bicicleta carteira_de_motorista \
    acidente lesão doença férias folga demissão assédio sindicato advogado consulta intérprete \
    formulário documento pedido renovação autorização taxa agência dívida empréstimo juros \
    recibo loja comida arroz água eletricidade gás conta_de_luz pagamento mês ano dia semana \
    hora tempo escritório balcão número endereço nome data assinatura carimbo cópia foto regra \
    lei direito dever ajuda apoio conselho informação site aplicativo mensagem carta correio \
    pacote renda desconto bônus turno meio_período período_integral estagiário \
    habilidade_específica alojamento quarto casa mudança móveis verão inverno segurança saída \
    mapa rio montanha cidade vila província país embaixada consulado retorno aeroporto \
    passagem bagagem alfândega procedimento estrangeiro vida ação inscrição situação educação";
const PT_FUNCTION: &str = "o o a a os as de de do da em no na para com por que que e e é não um \
    uma você você seu sua se ou deve pode precisa também quando cada muito pagar ligar \
    perguntar verificar levar receber guardar ir usar enviar está são";

const ES_NOUNS: &str = "trabajo empresa empleador trabajador contrato salario alquiler seguro \
    hospital médico ayuntamiento tarjeta_de_residencia visado impuesto pensión banco dinero \
    horas_extra salario_mínimo seguro_de_salud apartamento propietario depósito \
    recibo_de_sueldo inmigración pasaporte oficina_municipal clínica enfermera medicina \
    emergencia ambulancia policía incendio terremoto tifón evacuación refugio basura reciclaje \
    vecino ruido escuela estudiante profesor idioma_japonés clase niño bebé embarazo nacimiento \
    familia cónyuge cuenta remesa tarjeta teléfono internet tren autobús estación bicicleta \
    licencia_de_conducir accidente lesión enfermedad vacaciones descanso despido acoso \
    sindicato abogado consulta intérprete formulario documento solicitud renovación permiso \
    tarifa agencia deuda préstamo interés recibo tienda comida arroz agua electricidad gas \
    factura pago mes año día semana hora tiempo oficina ventanilla número dirección nombre \
    fecha firma sello copia foto regla ley derecho deber ayuda apoyo consejo información \
    sitio_web aplicación mensaje carta correo paquete ingresos deducción bonificación turno \
    medio_tiempo tiempo_completo aprendiz habilidad_específica dormitorio habitación casa \
    mudanza muebles verano invierno seguridad salida mapa río montaña ciudad pueblo prefectura \
    país embajada consulado regreso aeropuerto boleto equipaje aduana trámite extranjero vida \
    niña corazón situación educación atención";
const ES_FUNCTION: &str = "el el la la los las de de del en en para con por que que y y es no un \
    una usted usted su sus si o debe puede necesita también cuando cada muy pagar llamar \
    preguntar revisar llevar recibir guardar ir usar enviar está son";

const JA_NOUNS: &str = "仕事|しごと 会社|かいしゃ 給料|きゅうりょう 家賃|やちん 保険|ほけん \
    病院|びょういん 契約|けいやく 市役所|しやくしょ 在留カード|ざいりゅうかーど 税金|ぜいきん \
    年金|ねんきん 銀行|ぎんこう お金|おかね 残業|ざんぎょう 最低賃金|さいていちんぎん \
    健康保険|けんこうほけん 労働者|ろうどうしゃ アパート 大家|おおや 敷金|しききん 礼金|れいきん \
    給与明細|きゅうよめいさい 在留資格|ざいりゅうしかく 入管|にゅうかん パスポート 区役所|くやくしょ \
    医者|いしゃ 看護師|かんごし 薬|くすり 救急車|きゅうきゅうしゃ 警察|けいさつ 火事|かじ \
    地震|じしん 台風|たいふう 避難|ひなん 避難所|ひなんじょ ごみ 分別|ぶんべつ 近所|きんじょ \
    騒音|そうおん 学校|がっこう 学生|がくせい 先生|せんせい 日本語|にほんご 授業|じゅぎょう \
    子ども|こども 赤ちゃん|あかちゃん 妊娠|にんしん 出産|しゅっさん 家族|かぞく \
    配偶者|はいぐうしゃ 口座|こうざ 送金|そうきん カード 電話|でんわ インターネット \
    電車|でんしゃ バス 駅|えき 自転車|じてんしゃ 運転免許|うんてんめんきょ 事故|じこ けが \
    病気|びょうき 有給休暇|ゆうきゅうきゅうか 休み|やすみ 解雇|かいこ ハラスメント \
    労働組合|ろうどうくみあい 弁護士|べんごし 相談|そうだん 通訳|つうやく 書類|しょるい \
    申請|しんせい 更新|こうしん 許可|きょか 手数料|てすうりょう ブローカー 借金|しゃっきん \
    利息|りそく 領収書|りょうしゅうしょ 店|みせ 食べ物|たべもの 米|こめ 水道|すいどう \
    電気|でんき ガス 請求書|せいきゅうしょ 支払い|しはらい 毎月|まいつき 今年|ことし \
    毎日|まいにち 毎週|まいしゅう 時間|じかん 窓口|まどぐち 番号|ばんごう 住所|じゅうしょ \
    名前|なまえ 日付|ひづけ 署名|しょめい 印鑑|いんかん コピー 写真|しゃしん 規則|きそく \
    法律|ほうりつ 権利|けんり 義務|ぎむ 支援|しえん 無料|むりょう 情報|じょうほう ホームページ \
    アプリ メッセージ 手紙|てがみ 郵便局|ゆうびんきょく 荷物|にもつ 収入|しゅうにゅう \
    控除|こうじょ ボーナス シフト アルバイト 正社員|せいしゃいん 技能実習生|ぎのうじっしゅうせい \
    特定技能|とくていぎのう 寮|りょう 部屋|へや 家|いえ 引っ越し|ひっこし 家具|かぐ 夏|なつ \
    冬|ふゆ 安全|あんぜん 出口|でぐち ハザードマップ 川|かわ 山|やま 町|まち 村|むら 県|けん \
    国|くに 大使館|たいしかん 領事館|りょうじかん 帰国|きこく 空港|くうこう 切符|きっぷ \
    税関|ぜいかん ハローワーク 労働基準監督署|ろうどうきじゅんかんとくしょ \
    雇用契約書|こようけいやくしょ 住民票|じゅうみんひょう マイナンバー \
    国民健康保険|こくみんけんこうほけん 厚生年金|こうせいねんきん 家計|かけい 日本|にほん \
    外国人|がいこくじん 生活|せいかつ 手続き|てつづき";
const JA_PARTICLES: &str = "は が を に で と の も から まで へ や について には では";
const JA_ENDINGS: &str = "します。 です。 してください。 があります。 が必要です。 を確認してください。 \
    ができます。 はできません。 に行きましょう。 を持って行きます。 に相談してください。 を払います。";

const ZH_NOUNS: &str = "工作 公司 工资 房租 保险 医院 合同 市政府 在留卡 税 养老金 银行 钱 加班 \
    最低工资 健康保险 工人 公寓 房东 押金 礼金 工资单 在留资格 入境管理局 护照 区政府 医生 \
    护士 药 救护车 警察 火灾 地震 台风 避难 避难所 垃圾 分类 邻居 噪音 学校 学生 老师 日语 \
    课程 孩子 婴儿 怀孕 生育 家人 配偶 账户 汇款 卡 电话 网络 电车 公交车 车站 自行车 驾照 \
    事故 受伤 疾病 生病 带薪休假 休息 解雇 骚扰 工会 律师 咨询 翻译 文件 申请 更新 许可 手续费 \
    中介 债务 贷款 利息 收据 商店 食物 大米 水费 电费 煤气 账单 付款 每月 今年 每天 每周 时间 \
    窗口 号码 地址 名字 日期 签名 印章 复印件 照片 规定 法律 权利 义务 支援 免费 信息 网站 应用 \
    短信 信件 邮局 包裹 收入 扣除 奖金 班次 打工 正式员工 技能实习生 特定技能 宿舍 房间 房子 搬家 \
    家具 夏天 冬天 安全 出口 地图 河 山 城市 小镇 村子 县 国家 大使馆 领事馆 回国 机场 车票 行李 \
    海关 职业介绍所 劳动基准监督署 雇用合同书 居民票 个人编号 国民健康保险 厚生年金 签证 药店 \
    纳税 外国人 生活 手续 日本";
const ZH_FUNCTION: &str = "的 的 的 在 在 和 要 可以 需要 没有 是 是 有 请 如果 应该 不 也 都 给 向 到 把 \
    被 会 能 就 还 每个";

const MY_NOUNS: &str = "အလုပ် အလုပ်သမား အလုပ်ရှင် ကုမ္ပဏီ လစာ စာချုပ် အာမခံ ဆေးရုံ ဥပဒေ \
    နေထိုင်ခွင့် ငွေ ဘဏ် ပင်စင် အခွန် လုပ်ခ အိမ်လခ ကျန်းမာရေး_အာမခံ အနိမ့်ဆုံး_လုပ်ခ အချိန်ပို \
    လစာစလစ် တိုက်ခန်း အိမ်ရှင် စပေါ်ငွေ နေထိုင်ခွင့်ကတ် ဗီဇာ လူဝင်မှုကြီးကြပ်ရေး ပတ်စပို့ မြို့ရုံး \
    ဆေးခန်း ဆရာဝန် သူနာပြု ဆေး အရေးပေါ် လူနာတင်ယာဉ် ရဲ မီးလောင်မှု ငလျင် မုန်တိုင်း ဘေးလွတ်ရာ \
    အမှိုက် အိမ်နီးချင်း ဆူညံသံ ကျောင်း ကျောင်းသား ဆရာ ဂျပန်စာ သင်ခန်းစာ ကလေး ကိုယ်ဝန် \
    မီးဖွား မိသားစု ဇနီး ခင်ပွန်း ဘဏ်စာရင်း ငွေလွှဲ ကတ် ဖုန်း အင်တာနက် ရထား ဘတ်စ်ကား ဘူတာ \
    စက်ဘီး ယာဉ်မောင်းလိုင်စင် မတော်တဆမှု ဒဏ်ရာ ရောဂါ ခွင့် ပိတ်ရက် အလုပ်ဖြုတ် နှောင့်ယှက်မှု \
    အလုပ်သမားသမဂ္ဂ ရှေ့နေ တိုင်ပင်ခြင်း စကားပြန် ပုံစံ စာရွက်စာတမ်း လျှောက်လွှာ သက်တမ်းတိုး \
    ခွင့်ပြုချက် အခကြေးငွေ ပွဲစား အကြွေး ချေးငွေ အတိုး ပြေစာ ဆိုင် အစားအစာ ဆန် ရေ လျှပ်စစ် \
    ဓာတ်ငွေ့ ငွေတောင်းခံလွှာ ငွေပေးချေမှု လ နှစ် ရက် အပတ် နာရီ အချိန် ရုံး ကောင်တာ နံပါတ် \
    လိပ်စာ နာမည် ရက်စွဲ လက်မှတ် တံဆိပ်တုံး မိတ္တူ ဓာတ်ပုံ စည်းကမ်း အခွင့်အရေး တာဝန် အကူအညီ \
    ထောက်ပံ့မှု အကြံဉာဏ် အခမဲ့ သတင်းအချက်အလက် ဝဘ်ဆိုက် အက်ပ် မက်ဆေ့ချ် စာ စာတိုက် ပါဆယ် \
    ဝင်ငွေ နုတ်ယူငွေ ဘောနပ်စ် အလုပ်အဆိုင်း အချိန်ပိုင်း အချိန်ပြည့် အလုပ်သင် \
    သတ်မှတ်ကျွမ်းကျင်လုပ်သား အဆောင် အခန်း အိမ် အိမ်ပြောင်း ပရိဘောဂ နွေရာသီ ဆောင်းရာသီ \
    ဘေးကင်းရေး ထွက်ပေါက် မြေပုံ မြစ် တောင် မြို့ ရွာ စီရင်စု နိုင်ငံ သံရုံး ကောင်စစ်ဝန်ရုံး \
    လေဆိပ် ခရီးဆောင်အိတ် အကောက်ခွန် ဂျပန် နိုင်ငံခြားသား ဘဝ လုပ်ငန်းစဉ်";
const MY_PARTICLES: &str = "ကို ကို မှာ မှာ နဲ့ ရဲ့ က အတွက် ထဲမှာ လည်း ဆီ မှ";
const MY_ENDINGS: &str = "ပေးပါ။ ရပါမယ်။ ရှိပါတယ်။ လုပ်ပါ။ မေးပါ။ စစ်ကြည့်ပါ။ ဖြစ်ပါတယ်။ မရပါဘူး။ \
    သုံးနိုင်ပါတယ်။ ယူသွားပါ။ ဆက်သွယ်ပါ။ လိုအပ်ပါတယ်။ သိမ်းထားပါ။ ပြောပါ။ တိုင်ပင်ပါ။";

/// Japanese terms the other languages quote in brackets, as the real content does.
const JA_TERMS: &str =
    "在留カード 最低賃金 ハローワーク 労働基準監督署 市役所 健康保険 年金 家賃 特定技能 技能実習 住民票 残業";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Words separated by spaces.
    Latin,
    /// Noun, particle, …, ending; no spaces; ruby on kanji words in the body.
    Japanese,
    /// Nouns and function words, no spaces.
    Chinese,
    /// Phrases of noun and particle, separated by spaces; verb endings.
    Burmese,
}

struct Vocab {
    style: Style,
    /// Written form and, for Japanese, the reading.
    nouns: Vec<(String, Option<String>)>,
    /// Cumulative Zipf weights of ranks, and the noun at each rank.
    cumulative: Vec<f64>,
    order: Vec<usize>,
    function: Vec<String>,
    endings: Vec<String>,
}

fn entries(list: &str) -> Vec<String> {
    list.split_whitespace().map(|entry| entry.replace('_', " ")).collect()
}

impl Vocab {
    fn new(style: Style, nouns: &str, function: &str, endings: &str) -> Vocab {
        let nouns: Vec<(String, Option<String>)> = entries(nouns)
            .into_iter()
            .map(|entry| match entry.split_once('|') {
                Some((base, reading)) => (base.to_owned(), Some(reading.to_owned())),
                None => (entry, None),
            })
            .collect();
        let mut total = 0.0;
        let cumulative = (0..nouns.len())
            .map(|rank| {
                total += (rank as f64 + 1.0).powf(-ZIPF);
                total
            })
            .collect();
        let mut order: Vec<usize> = (0..nouns.len()).collect();
        let mut rng = Rng(0x0bde_5eed);
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        Vocab { style, nouns, cumulative, order, function: entries(function), endings: entries(endings) }
    }

    fn of(lang: Language) -> Vocab {
        use Style::*;
        match lang {
            Language::Ja => Vocab::new(Japanese, JA_NOUNS, JA_PARTICLES, JA_ENDINGS),
            Language::En => Vocab::new(Latin, EN_NOUNS, EN_FUNCTION, ""),
            Language::Zh => Vocab::new(Chinese, ZH_NOUNS, ZH_FUNCTION, ""),
            Language::Vi => Vocab::new(Latin, VI_NOUNS, VI_FUNCTION, ""),
            Language::Tl => Vocab::new(Latin, TL_NOUNS, TL_FUNCTION, ""),
            Language::Id => Vocab::new(Latin, ID_NOUNS, ID_FUNCTION, ""),
            Language::My => Vocab::new(Burmese, MY_NOUNS, MY_PARTICLES, MY_ENDINGS),
            Language::Pt => Vocab::new(Latin, PT_NOUNS, PT_FUNCTION, ""),
            Language::Es => Vocab::new(Latin, ES_NOUNS, ES_FUNCTION, ""),
        }
    }
}

/// splitmix64: the same corpus on every run, without a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

/// Writes text in one language, counting the words (vocabulary entries) it writes.
struct Writer<'a> {
    vocab: &'a Vocab,
    /// Ranks of the nouns the article is about.
    topic: &'a [usize],
    ja_terms: &'a [String],
    rng: &'a mut Rng,
    words: usize,
}

impl Writer<'_> {
    /// A noun, with its ruby in a Japanese body now and then, or followed by a Japanese term in
    /// brackets now and then in the other languages.
    fn noun(&mut self, ruby: bool) -> String {
        self.words += 1;
        let rank = if self.rng.chance(TOPIC_SHARE) {
            self.topic[self.rng.below(self.topic.len())] % self.vocab.nouns.len()
        } else {
            let x = self.rng.unit() * self.vocab.cumulative.last().copied().unwrap_or(1.0);
            self.vocab.order[self.vocab.cumulative.partition_point(|&c| c < x).min(self.vocab.nouns.len() - 1)]
        };
        let (base, reading) = &self.vocab.nouns[rank];
        match (self.vocab.style, reading) {
            (Style::Japanese, Some(reading)) if ruby && self.rng.chance(0.35) => format!("{{{base}|{reading}}}"),
            (Style::Japanese, _) => base.clone(),
            (Style::Chinese, _) if self.rng.chance(0.012) => format!("{base}（{}）", self.rng.pick(self.ja_terms)),
            _ if self.rng.chance(0.012) => format!("{base} ({})", self.rng.pick(self.ja_terms)),
            _ => base.clone(),
        }
    }

    fn function(&mut self) -> String {
        self.words += 1;
        self.rng.pick(&self.vocab.function).to_owned()
    }

    fn ending(&mut self) -> String {
        self.words += 1;
        self.rng.pick(&self.vocab.endings).to_owned()
    }

    fn sentence(&mut self, ruby: bool) -> String {
        match self.vocab.style {
            Style::Latin => {
                let words: Vec<String> = (0..self.rng.range(6, 14))
                    .map(|_| if self.rng.chance(0.45) { self.function() } else { self.noun(false) })
                    .collect();
                let mut text = capitalized(&words.join(" "));
                text.push('.');
                text
            }
            Style::Japanese => {
                let mut text = String::new();
                for _ in 0..self.rng.range(1, 4) {
                    text += &self.noun(ruby);
                    text += &self.function();
                    if self.rng.chance(0.2) {
                        text.push('、');
                    }
                }
                text += &self.noun(ruby);
                text += &self.ending();
                text
            }
            Style::Chinese => {
                let mut text = String::new();
                for i in 0..self.rng.range(5, 12) {
                    text += &if i % 2 == 0 { self.noun(false) } else { self.function() };
                    if i > 0 && self.rng.chance(0.12) {
                        text.push('，');
                    }
                }
                text.trim_end_matches('，').to_owned() + &self.noun(false) + "。"
            }
            Style::Burmese => {
                let mut phrases: Vec<String> =
                    (0..self.rng.range(2, 4)).map(|_| self.noun(false) + &self.function()).collect();
                let separator = if self.rng.chance(0.5) { " " } else { "" };
                phrases.push(self.noun(false) + separator + &self.ending());
                phrases.join(" ")
            }
        }
    }

    fn heading(&mut self) -> String {
        let nouns: Vec<String> = (0..self.rng.range(2, 4)).map(|_| self.noun(false)).collect();
        match self.vocab.style {
            Style::Latin => capitalized(&nouns.join(" ")),
            Style::Japanese => nouns.join("の"),
            Style::Chinese => nouns.join("的"),
            Style::Burmese => nouns.join(" "),
        }
    }

    fn joined(&self, sentences: Vec<String>) -> String {
        let separator = match self.vocab.style {
            Style::Japanese | Style::Chinese => "",
            Style::Latin | Style::Burmese => " ",
        };
        sentences.join(separator)
    }

    /// Headings, paragraphs and lists until `words` words are written.
    fn body(&mut self, words: usize) -> String {
        let start = self.words;
        let mut blocks = Vec::new();
        while self.words - start < words {
            blocks.push(format!("## {}", self.heading()));
            for _ in 0..self.rng.range(1, 3) {
                if self.rng.chance(0.25) {
                    let items: Vec<String> =
                        (0..self.rng.range(2, 4)).map(|_| format!("- {}", self.sentence(true))).collect();
                    blocks.push(items.join("\n"));
                } else {
                    let sentences = (0..self.rng.range(2, 5)).map(|_| self.sentence(true)).collect();
                    blocks.push(self.joined(sentences));
                }
            }
        }
        blocks.join("\n\n")
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// One article in one language, as installed and as indexed.
struct Row {
    article: String,
    lang: Language,
    title: String,
    /// Summary, plain body and ruby readings, one per line: what `index_pack` indexes.
    indexed: String,
    /// `fold(title + indexed)`, for the ground truth.
    folded: String,
    /// The words of `folded`, for whole-word matching.
    words: HashSet<String>,
}

struct Corpus {
    articles: Vec<Vec<u8>>,
    rows: Vec<Row>,
    words: BTreeMap<Language, usize>,
}

fn corpus() -> Corpus {
    let mut rng = Rng(0x5eed_2026);
    let vocabs: Vec<(Language, Vocab)> = Language::ALL.iter().map(|&lang| (lang, Vocab::of(lang))).collect();
    let ja_terms = entries(JA_TERMS);
    let categories = ["top", "before-coming", "working", "studying", "living", "trouble"];
    let mut articles = Vec::new();
    let mut rows = Vec::new();
    let mut words = BTreeMap::new();
    for i in 0..ARTICLES {
        let id = format!("a{i:05}");
        let topic: Vec<usize> = (0..TOPIC_NOUNS).map(|_| rng.below(200)).collect();
        let mut text = serde_json::Map::new();
        for (lang, vocab) in &vocabs {
            let mut writer = Writer { vocab, topic: &topic, ja_terms: &ja_terms, rng: &mut rng, words: 0 };
            let title = writer.heading();
            let summary = loop {
                let s = writer.sentence(false);
                if s.chars().count() <= 390 {
                    break s;
                }
            };
            let target = writer.rng.range(150, 400);
            let body = writer.body(target);
            *words.entry(*lang).or_insert(0) += writer.words;
            let (plain, readings) = plain_text(&body);
            let indexed = format!("{summary}\n{plain}\n{readings}");
            let folded = fold(&format!("{title}\n{indexed}"));
            let row_words = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned);
            rows.push(Row {
                article: id.clone(),
                lang: *lang,
                title: title.clone(),
                indexed,
                words: row_words.collect(),
                folded,
            });
            text.insert(lang.code().to_owned(), json!({"title": title, "summary": summary, "body": body}));
        }
        let article = json!({
            "id": id, "category": categories[rng.below(categories.len())], "reviewed": "2026-11-23",
            "sources": [{"title": "Immigration Services Agency of Japan", "url": format!("https://www.moj.go.jp/isa/{i}.html")}],
            "text": text,
        });
        articles.push(serde_json::to_vec(&article).expect("json"));
    }
    Corpus { articles, rows, words }
}

fn pack(keys: &support::Keys, articles: &[Vec<u8>]) -> Vec<u8> {
    let title = Language::ALL.iter().map(|lang| (*lang, "Search benchmark".to_owned())).collect();
    let mut builder = PackBuilder::new(
        PackId::parse("bench-search").expect("id"),
        1,
        "2026-11-23".parse().expect("date"),
        semver::Version::new(0, 1, 0),
        title,
        Language::ALL.to_vec(),
    );
    for (i, article) in articles.iter().enumerate() {
        builder.add(PackPath::parse(&format!("articles/a{i:05}.json")).expect("path"), article.clone()).expect("add");
    }
    let unsigned = builder.build(&Limits::default()).expect("valid pack");
    unsigned.to_pack(Some(&unsigned.sign(&keys.signed, &keys.content)), 3).expect("pack")
}

// ---------------------------------------------------------------------------------------------
// Queries and ground truth.

struct Search {
    class: &'static str,
    lang: Language,
    text: &'static str,
    /// The last word is still being typed: it matches as a prefix.
    typing: bool,
}

fn queries() -> Vec<Search> {
    use Language::*;
    let mut out = Vec::new();
    let mut add = |class: &'static str, lang: Language, texts: &[&'static str]| {
        out.extend(texts.iter().map(|&text| Search { class, lang, text, typing: false }));
    };
    add("ja, 1 character", Ja, &["家", "税", "病", "駅"]);
    add("ja, 2 characters", Ja, &["家賃", "病院", "保険", "在留", "給料", "相談"]);
    add("ja, 3+ characters", Ja, &["在留カード", "健康保険", "最低賃金", "労働基準監督署"]);
    add("ja, kana for kanji (ruby)", Ja, &["やちん", "ヤチン", "びょういん", "ざんぎょう"]);
    add("zh, 1 character", Zh, &["钱", "税", "药", "病"]);
    add("zh, 2 characters", Zh, &["工资", "医院", "房租", "签证", "保险", "咨询"]);
    add("zh, 3+ characters", Zh, &["最低工资", "健康保险", "技能实习生"]);
    add(
        "vi, without diacritics",
        Vi,
        &["ngan hang", "nha o", "luong toi thieu", "bao hiem y te", "benh vien", "thue", "the cu tru", "ho chieu"],
    );
    add("pt/es, without accents", Pt, &["salario minimo", "aluguel", "imigracao", "medico", "cartao de residencia"]);
    add("pt/es, without accents", Es, &["informacion", "pension", "tarjeta de residencia", "policia", "electricidad"]);
    add("tl/id words", Tl, &["sahod", "ospital", "buwis", "minimum na sahod"]);
    add("tl/id words", Id, &["gaji", "rumah sakit", "asuransi kesehatan", "pajak"]);
    add("my words", My, &["လုပ်ခ", "ဘဏ်", "ဆေးရုံ", "အာမခံ", "လစာ", "နေထိုင်ခွင့်", "အိမ်လခ", "ကျန်းမာရေး အာမခံ"]);
    add("en words", En, &["rent", "minimum wage", "hospital", "residence card", "health insurance", "earthquake"]);
    add("mixed scripts", En, &["residence card 在留カード", "rent 家賃"]);
    add("mixed scripts", Vi, &["luong 最低賃金"]);
    add("mixed scripts", My, &["လစာ 最低賃金"]);
    add("mixed scripts", Pt, &["seguro 健康保険"]);
    add("mixed scripts", Es, &["trabajo ハローワーク"]);
    out.extend([("insur", En), ("hospi", En), ("bao hi", Vi), ("segur", Es)].map(|(text, lang)| Search {
        class: "Latin, word being typed (prefix)",
        lang,
        text,
        typing: true,
    }));
    out
}

enum Term {
    Word(String),
    Prefix(String),
    Substring(String),
}

fn is_cjk_or_burmese(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

fn terms(search: &Search) -> Vec<Term> {
    let mut terms = Vec::new();
    for piece in search.text.split_whitespace() {
        let folded = fold(piece);
        if folded.chars().any(is_cjk_or_burmese) {
            terms.push(Term::Substring(folded));
        } else {
            terms.extend(
                folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(|w| Term::Word(w.to_owned())),
            );
        }
    }
    if search.typing
        && let Some(Term::Word(last)) = terms.pop()
    {
        terms.push(Term::Prefix(last));
    }
    terms
}

fn has(row: &Row, term: &Term) -> bool {
    match term {
        Term::Word(word) => row.words.contains(word),
        Term::Prefix(prefix) => row.words.iter().any(|w| w.starts_with(prefix.as_str())),
        Term::Substring(text) => row.folded.contains(text.as_str()),
    }
}

/// Articles relevant to `search` in `lang` (or any language), and whether that took the any-term
/// fallback.
fn relevant(rows: &[Row], search: &Search, lang: Option<Language>) -> (HashSet<String>, bool) {
    let terms = terms(search);
    let scope: Vec<&Row> = rows.iter().filter(|row| lang.is_none_or(|l| row.lang == l)).collect();
    let all: HashSet<String> =
        scope.iter().filter(|row| terms.iter().all(|t| has(row, t))).map(|row| row.article.clone()).collect();
    if !all.is_empty() || terms.len() < 2 {
        return (all, false);
    }
    (scope.iter().filter(|row| terms.iter().any(|t| has(row, t))).map(|row| row.article.clone()).collect(), true)
}

// ---------------------------------------------------------------------------------------------
// Engines.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Engine {
    Mirai,
    Trigram,
    TrigramNoDiacritics,
    TrigramLike,
}

/// The combinations timed, in the order of the tables.
const RUNS: [(Engine, bool, &str); 6] = [
    (Engine::Mirai, true, "Mirai `Store::search`, in the query's language"),
    (Engine::Mirai, false, "Mirai `Store::search`, all languages"),
    (Engine::Trigram, true, "peer: FTS5 trigram, in the query's language"),
    (Engine::Trigram, false, "peer: FTS5 trigram, all languages"),
    (Engine::TrigramNoDiacritics, true, "peer: trigram `remove_diacritics 1`, in language"),
    (Engine::TrigramLike, true, "peer: trigram + `LIKE` for terms under 3 chars, in language"),
];

struct Engines {
    store: Store,
    peer: Connection,
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

impl Engines {
    /// Article ids found, best first (with repeats for the peers in all languages).
    fn search(&self, engine: Engine, text: &str, lang: Option<Language>, limit: usize) -> Vec<String> {
        match engine {
            Engine::Mirai => self
                .store
                .search(text, lang, limit)
                .expect("search")
                .hits
                .into_iter()
                .map(|hit| hit.article_id)
                .collect(),
            Engine::Trigram => self.trigram("tri", text, lang, limit),
            Engine::TrigramNoDiacritics => self.trigram("tri_nd", text, lang, limit),
            Engine::TrigramLike => self.like(text, lang, limit),
        }
    }

    fn trigram(&self, table: &str, text: &str, lang: Option<Language>, limit: usize) -> Vec<String> {
        let expression: Vec<String> = text.split_whitespace().map(quoted).collect();
        let mut stmt = self
            .peer
            .prepare_cached(&format!(
                "SELECT article_id, lang, title, snippet({table}, -1, '[', ']', '…', 12) FROM {table}
                 WHERE {table} MATCH ?1 AND (?2 IS NULL OR lang = ?2) ORDER BY rank LIMIT ?3"
            ))
            .expect("prepare");
        collect(&mut stmt, params![expression.join(" "), lang.map(Language::code), limit as i64])
    }

    /// Terms of three characters or more through the trigram index, shorter ones by `LIKE`
    /// (a scan: the index cannot help under three characters).
    fn like(&self, text: &str, lang: Option<Language>, limit: usize) -> Vec<String> {
        let (long, short): (Vec<&str>, Vec<&str>) = text.split_whitespace().partition(|t| t.chars().count() >= 3);
        if short.is_empty() {
            return self.trigram("tri", text, lang, limit);
        }
        let mut sql =
            "SELECT article_id, lang, title, substr(body, 1, 140) FROM tri WHERE (?1 IS NULL OR lang = ?1)".to_owned();
        let mut values: Vec<Option<String>> = vec![lang.map(|l| l.code().to_owned())];
        if !long.is_empty() {
            values.push(Some(long.iter().map(|t| quoted(t)).collect::<Vec<_>>().join(" ")));
            sql += &format!(" AND tri MATCH ?{}", values.len());
        }
        for term in &short {
            let escaped = term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            values.push(Some(format!("%{escaped}%")));
            let n = values.len();
            sql += &format!(" AND (title LIKE ?{n} ESCAPE '\\' OR body LIKE ?{n} ESCAPE '\\')");
        }
        if !long.is_empty() {
            sql += " ORDER BY rank";
        }
        values.push(Some(limit.to_string()));
        sql += &format!(" LIMIT ?{}", values.len());
        let mut stmt = self.peer.prepare_cached(&sql).expect("prepare");
        collect(&mut stmt, params_from_iter(values))
    }
}

fn collect(stmt: &mut rusqlite::CachedStatement<'_>, params: impl rusqlite::Params) -> Vec<String> {
    let rows: Vec<(String, String, String, String)> = stmt
        .query_map(params, |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.into_iter().map(|(id, ..)| id).collect()
}

fn open_encrypted(path: &Path, key: &RawKey) -> Connection {
    let conn = Connection::open(path).expect("open");
    conn.execute_batch("PRAGMA cipher_log_level = NONE;").expect("log level");
    conn.pragma_update(None, "key", key.sqlcipher_key_literal().as_str()).expect("key");
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0)).expect("wal");
    assert_eq!(mode, "wal");
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA cache_size = -16384;")
        .expect("pragmas");
    conn.set_prepared_statement_cache_capacity(256);
    conn
}

/// Builds the trigram table `table` over the same texts, in one transaction; returns the time.
fn build_peer(conn: &Connection, rows: &[Row], table: &str, tokenizer: &str) -> Duration {
    let started = Instant::now();
    conn.execute_batch(&format!(
        "CREATE VIRTUAL TABLE {table} USING fts5(title, body, article_id UNINDEXED, lang UNINDEXED, tokenize = '{tokenizer}');"
    ))
    .expect("create");
    conn.execute_batch("BEGIN").expect("begin");
    {
        let mut insert = conn
            .prepare(&format!("INSERT INTO {table} (title, body, article_id, lang) VALUES (?1, ?2, ?3, ?4)"))
            .expect("prepare");
        for row in rows {
            insert.execute(params![row.title, row.indexed, row.article, row.lang.code()]).expect("insert");
        }
    }
    conn.execute_batch("COMMIT").expect("commit");
    started.elapsed()
}

/// Bytes in use by each table and index of the database, from `dbstat`.
fn table_bytes(conn: &Connection) -> BTreeMap<String, i64> {
    let mut stmt = conn.prepare("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").expect("dbstat");
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).expect("query").collect::<Result<_, _>>().expect("rows")
}

/// (index: data + idx + docsize + config, content table) bytes of the FTS5 table `table`.
fn fts_bytes(sizes: &BTreeMap<String, i64>, table: &str) -> (i64, i64) {
    let get = |suffix: &str| sizes.get(&format!("{table}_{suffix}")).copied().unwrap_or(0);
    (get("data") + get("idx") + get("docsize") + get("config"), get("content"))
}

// ---------------------------------------------------------------------------------------------
// Reporting.

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

fn summary(samples: &[Duration]) -> (Duration, Duration, Duration) {
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    (percentile(&sorted, 0.5), percentile(&sorted, 0.95), sorted.last().copied().unwrap_or_default())
}

/// Recall and precision of `found` against `relevant` (`None` when a set is empty).
fn recall(found: &[String], relevant: &HashSet<String>) -> (Option<f64>, Option<f64>) {
    let found: HashSet<&String> = found.iter().collect();
    let hits = relevant.iter().filter(|id| found.contains(id)).count() as f64;
    (
        (!relevant.is_empty()).then(|| hits / relevant.len() as f64),
        (!found.is_empty()).then(|| hits / found.len() as f64),
    )
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> String {
    let values: Vec<f64> = values.flatten().collect();
    if values.is_empty() {
        "–".to_owned()
    } else {
        format!("{:.2}", values.iter().sum::<f64>() / values.len() as f64)
    }
}

fn mib(bytes: i64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn main() {
    let machine_started = Instant::now();
    let reps: usize = std::env::var("MIRAI_BENCH_REPS").ok().and_then(|n| n.parse().ok()).unwrap_or(REPS).max(1);
    println!("# Search benchmark (generated corpus)\n");

    // Corpus and pack.
    let started = Instant::now();
    let corpus = corpus();
    let keys = support::Keys::new();
    let bytes = pack(&keys, &corpus.articles);
    let json_bytes: usize = corpus.articles.iter().map(Vec::len).sum();
    let text_bytes: usize = corpus.rows.iter().map(|row| row.title.len() + row.indexed.len()).sum();
    println!(
        "Corpus: {ARTICLES} articles × 9 languages = {} texts, {} words, text {} (title + summary + plain body + ruby readings), article JSON {}, pack file {} (generated and signed in {:.1} s).\n",
        corpus.rows.len(),
        corpus.words.values().sum::<usize>(),
        mib(text_bytes as i64),
        mib(json_bytes as i64),
        mib(bytes.len() as i64),
        started.elapsed().as_secs_f64()
    );
    println!("| language | words per text (mean) | text bytes per text (mean) |\n|---|---|---|");
    for lang in Language::ALL {
        let texts: Vec<&Row> = corpus.rows.iter().filter(|row| row.lang == lang).collect();
        let bytes: usize = texts.iter().map(|row| row.title.len() + row.indexed.len()).sum();
        println!("| {} | {} | {} |", lang.code(), corpus.words[&lang] / texts.len(), bytes / texts.len());
    }

    // Install into a real store.
    let dir = tempfile::tempdir().expect("tempdir");
    let key = RawKey::from_bytes([0x42; 32]);
    let store_path = dir.path().join("mirai.db");
    let mut store = Store::create(&store_path, &key).expect("create");
    let started = Instant::now();
    store.import_pack_bytes(&dir.path().join("packs"), &bytes, &keys.trust, &mut |_, _| {}).expect("install");
    let install = started.elapsed();
    let started = Instant::now();
    for row in &corpus.rows {
        black_box(Document::new(&row.title, &row.indexed));
    }
    let tokenize = started.elapsed();
    let info = store.info().expect("info");

    // The peers, in a second SQLCipher file with the same key and settings.
    let peer = open_encrypted(&dir.path().join("peer.db"), &key);
    let build_tri = build_peer(&peer, &corpus.rows, "tri", "trigram");
    let build_nd = build_peer(&peer, &corpus.rows, "tri_nd", "trigram remove_diacritics 1");
    println!(
        "\nSQLite {}, SQLCipher {}. Install of the pack into a new store (`Store::import_pack_bytes`: copy, verify, write files, build the search index, one transaction): {:.2} s, of which tokenizing every text with `mirai_search::Document` alone takes {:.2} s. Peers, inserting the same texts in one transaction: trigram {:.2} s, trigram `remove_diacritics 1` {:.2} s.\n",
        info.sqlite_version,
        info.cipher_version,
        install.as_secs_f64(),
        tokenize.as_secs_f64(),
        build_tri.as_secs_f64(),
        build_nd.as_secs_f64()
    );

    let probe = open_encrypted(&store_path, &key);
    let store_sizes = table_bytes(&probe);
    let peer_sizes = table_bytes(&peer);
    let engines = Engines { store, peer };
    let queries = queries();

    // Recall, on full result lists.
    let mut recalls: Vec<[Option<f64>; RUNS.len()]> = Vec::new();
    let mut precisions: Vec<[Option<f64>; RUNS.len()]> = Vec::new();
    let mut relevant_counts = Vec::new();
    for search in &queries {
        let mut row = [None; RUNS.len()];
        let mut precision = [None; RUNS.len()];
        let mut counts = (0, 0, false);
        for (r, &(engine, in_lang, _)) in RUNS.iter().enumerate() {
            let lang = in_lang.then_some(search.lang);
            let (relevant, fallback) = relevant(&corpus.rows, search, lang);
            if engine == Engine::Mirai {
                if in_lang {
                    counts.0 = relevant.len();
                    counts.2 = fallback;
                } else {
                    counts.1 = relevant.len();
                }
            }
            (row[r], precision[r]) = recall(&engines.search(engine, search.text, lang, RECALL_LIMIT), &relevant);
        }
        recalls.push(row);
        precisions.push(precision);
        relevant_counts.push(counts);
    }

    // Latency: each engine and scope in turn, round-robin over the query set, one warm-up pass;
    // never two engines on the same query back to back, which would share cached pages.
    let mut samples: Vec<Vec<Vec<Duration>>> = vec![vec![Vec::new(); queries.len()]; RUNS.len()];
    for (r, &(engine, in_lang, _)) in RUNS.iter().enumerate() {
        for rep in 0..=reps {
            for (q, search) in queries.iter().enumerate() {
                let lang = in_lang.then_some(search.lang);
                let started = Instant::now();
                black_box(engines.search(engine, search.text, lang, LIMIT));
                if rep > 0 {
                    samples[r][q].push(started.elapsed());
                }
            }
        }
    }

    println!("\n## Latency, limit {LIMIT}, {} queries × {reps} rounds\n", queries.len());
    println!("| engine | p50 ms | p95 ms | max ms |\n|---|---|---|---|");
    for (r, &(_, _, name)) in RUNS.iter().enumerate() {
        let all: Vec<Duration> = samples[r].iter().flatten().copied().collect();
        let (p50, p95, max) = summary(&all);
        println!("| {name} | {} | {} | {} |", ms(p50), ms(p95), ms(max));
    }

    let mut classes: Vec<&str> = Vec::new();
    for search in &queries {
        if !classes.contains(&search.class) {
            classes.push(search.class);
        }
    }
    println!("\n## Recall (full result lists) and latency (limit {LIMIT}) by query class\n");
    println!(
        "Recall columns: Mirai in language / Mirai all languages / trigram / trigram all languages / trigram `remove_diacritics` / trigram + `LIKE`. Latency: p50 / p95 ms.\n"
    );
    println!(
        "| class | queries | relevant (mean) | recall Mirai | recall Mirai, all langs | recall trigram | recall trigram, all | recall trigram rd | recall trigram + LIKE | precision Mirai / trigram / rd / LIKE | Mirai, in lang | Mirai, all langs | trigram | trigram, all | trigram + LIKE |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for class in &classes {
        let members: Vec<usize> = (0..queries.len()).filter(|&q| queries[q].class == *class).collect();
        let relevant = members.iter().map(|&q| relevant_counts[q].0).sum::<usize>() / members.len();
        let recall_of = |r: usize| mean(members.iter().map(|&q| recalls[q][r]));
        let precision_of = |r: usize| mean(members.iter().map(|&q| precisions[q][r]));
        let latency = |r: usize| {
            let all: Vec<Duration> = members.iter().flat_map(|&q| samples[r][q].iter().copied()).collect();
            let (p50, p95, _) = summary(&all);
            format!("{} / {}", ms(p50), ms(p95))
        };
        println!(
            "| {class} | {} | {relevant} | {} | {} | {} | {} | {} | {} | {} / {} / {} / {} | {} | {} | {} | {} | {} |",
            members.len(),
            recall_of(0),
            recall_of(1),
            recall_of(2),
            recall_of(3),
            recall_of(4),
            recall_of(5),
            precision_of(0),
            precision_of(2),
            precision_of(4),
            precision_of(5),
            latency(0),
            latency(1),
            latency(2),
            latency(3),
            latency(5),
        );
    }

    println!("\n## Per query\n");
    println!(
        "| query | lang | relevant in lang / all langs | recall Mirai / all / trigram / trigram all / rd / LIKE | precision Mirai / trigram / rd / LIKE | Mirai p50 / p95 ms | Mirai all langs p50 / p95 ms | trigram p50 / p95 ms |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (q, search) in queries.iter().enumerate() {
        let (in_lang, all, fallback) = relevant_counts[q];
        let show = |r: &Option<f64>| r.map_or("–".to_owned(), |r| format!("{r:.2}"));
        let r: Vec<String> = recalls[q].iter().map(show).collect();
        let p: Vec<String> = [0, 2, 4, 5].iter().map(|&i| show(&precisions[q][i])).collect();
        let latency = |r: usize| {
            let (p50, p95, _) = summary(&samples[r][q]);
            format!("{} / {}", ms(p50), ms(p95))
        };
        println!(
            "| {}{} | {} | {in_lang} / {all} | {} | {} | {} | {} | {} |",
            search.text,
            if fallback { " (any term)" } else { "" },
            search.lang.code(),
            r.join(" / "),
            p.join(" / "),
            latency(0),
            latency(1),
            latency(2)
        );
    }

    // What one snippet costs, and how much of it is folding the text.
    let mut rng = Rng(99);
    let (mut snippet_time, mut fold_time, mut bytes, mut n) = (Duration::ZERO, Duration::ZERO, 0, 0);
    for _ in 0..2_000 {
        // A query and a text in its language, as search pairs them.
        let search = &queries[rng.below(queries.len())];
        let row = &corpus.rows[rng.below(ARTICLES) * Language::ALL.len()
            + Language::ALL.iter().position(|&l| l == search.lang).unwrap_or(0)];
        let Some(query) = Query::parse(search.text) else { continue };
        let started = Instant::now();
        black_box(snippet(&row.indexed, query.terms()));
        snippet_time += started.elapsed();
        let started = Instant::now();
        black_box(fold(&row.indexed));
        fold_time += started.elapsed();
        bytes += row.indexed.len();
        n += 1;
    }
    println!(
        "\nOne snippet over a text of {} bytes on average (summary, body and readings, in the query's language) takes {:.0} µs, of which `fold` over the whole text alone takes {:.0} µs ({n} samples); `Store::search` builds up to 30 per call.",
        bytes / n.max(1),
        snippet_time.as_secs_f64() * 1e6 / n.max(1) as f64,
        fold_time.as_secs_f64() * 1e6 / n.max(1) as f64
    );

    // Index size.
    let (index, _) = fts_bytes(&store_sizes, "search_tokens");
    let content = store_sizes.get("search_text").copied().unwrap_or(0);
    let (tri_index, tri_content) = fts_bytes(&peer_sizes, "tri");
    let (nd_index, nd_content) = fts_bytes(&peer_sizes, "tri_nd");
    let ratio = |bytes: i64| format!("{:.2}×", bytes as f64 / text_bytes as f64);
    let optimize = |conn: &Connection, table: &str| {
        conn.execute(&format!("INSERT INTO {table} ({table}) VALUES ('optimize')"), []).expect("optimize");
        fts_bytes(&table_bytes(conn), table).0
    };
    let index_opt = optimize(&probe, "search_tokens");
    let tri_opt = optimize(&engines.peer, "tri");
    let nd_opt = optimize(&engines.peer, "tri_nd");
    println!("\n## Index size (text indexed: {} = {text_bytes} bytes)\n", mib(text_bytes as i64));
    println!(
        "Index = the FTS5 `_data`, `_idx`, `_docsize` and `_config` tables as installed (and after `optimize`); content = the text shown in results: Mirai's `search_text` table (its FTS5 table is contentless), the peer's `_content` table.\n"
    );
    println!("| table | index | index ÷ text | after optimize | content | content ÷ text |\n|---|---|---|---|---|---|");
    for (name, index, optimized, content) in [
        ("Mirai `search_tokens` (ascii over mirai-search tokens, prefix 3) + `search_text`", index, index_opt, content),
        ("peer: trigram", tri_index, tri_opt, tri_content),
        ("peer: trigram `remove_diacritics 1`", nd_index, nd_opt, nd_content),
    ] {
        println!(
            "| {name} | {} | {} | {} ({}) | {} | {} |",
            mib(index),
            ratio(index),
            mib(optimized),
            ratio(optimized),
            mib(content),
            ratio(content)
        );
    }
    let file = std::fs::metadata(&store_path).map(|m| m.len()).unwrap_or(0);
    println!(
        "\nThe store file is {} (it also keeps the pack's files); total run {:.0} s.",
        mib(file as i64),
        machine_started.elapsed().as_secs_f64()
    );
}
