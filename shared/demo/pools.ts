/** Word pools for the demo event: provinces, cities, trades and names as they appear in real lists. */

export interface Place {
  province: string;
  zh: string;
  ru: string;
  en: string;
}

/** 22 Chinese provinces, each with cities (Chinese, Russian, English names). */
export const CHINESE_PLACES: Place[] = [
  ['黑龙江', '哈尔滨', 'Харбин', 'Harbin'], ['黑龙江', '齐齐哈尔', 'Цицикар', 'Qiqihar'], ['黑龙江', '牡丹江', 'Муданьцзян', 'Mudanjiang'],
  ['黑龙江', '佳木斯', 'Цзямусы', 'Jiamusi'], ['黑龙江', '大庆', 'Дацин', 'Daqing'], ['黑龙江', '黑河', 'Хэйхэ', 'Heihe'],
  ['重庆', '重庆', 'Чунцин', 'Chongqing'], ['浙江', '杭州', 'Ханчжоу', 'Hangzhou'], ['浙江', '宁波', 'Нинбо', 'Ningbo'],
  ['安徽', '合肥', 'Хэфэй', 'Hefei'], ['安徽', '芜湖', 'Уху', 'Wuhu'], ['北京', '北京', 'Пекин', 'Beijing'],
  ['山西', '太原', 'Тайюань', 'Taiyuan'], ['新疆', '乌鲁木齐', 'Урумчи', 'Urumqi'], ['新疆', '伊犁', 'Или', 'Ili'],
  ['山东', '济南', 'Цзинань', 'Jinan'], ['山东', '青岛', 'Циндао', 'Qingdao'], ['辽宁', '沈阳', 'Шэньян', 'Shenyang'],
  ['辽宁', '大连', 'Далянь', 'Dalian'], ['福建', '福州', 'Фучжоу', 'Fuzhou'], ['河北', '石家庄', 'Шицзячжуан', 'Shijiazhuang'],
  ['江苏', '南京', 'Нанкин', 'Nanjing'], ['江苏', '苏州', 'Сучжоу', 'Suzhou'], ['河南', '郑州', 'Чжэнчжоу', 'Zhengzhou'],
  ['湖南', '长沙', 'Чанша', 'Changsha'], ['广东', '广州', 'Гуанчжоу', 'Guangzhou'], ['广东', '深圳', 'Шэньчжэнь', 'Shenzhen'],
  ['湖北', '武汉', 'Ухань', 'Wuhan'], ['陕西', '西安', 'Сиань', "Xi'an"], ['四川', '成都', 'Чэнду', 'Chengdu'],
  ['吉林', '长春', 'Чанчунь', 'Changchun'], ['上海', '上海', 'Шанхай', 'Shanghai'], ['天津', '天津', 'Тяньцзинь', 'Tianjin'],
  ['内蒙古', '呼和浩特', 'Хух-Хото', 'Hohhot'], ['内蒙古', '满洲里', 'Маньчжурия', 'Manzhouli'],
].map(([province, zh, ru, en]) => ({ province: province!, zh: zh!, ru: ru!, en: en! }));

export interface Trade {
  zh: string;
  ru: string;
  en: string;
}

export const TRADES: Trade[] = [
  ['机电', 'машиностроения и электроники', 'Mechanical and Electrical'], ['交通', 'транспорта', 'Transport'],
  ['建筑', 'строительства', 'Construction'], ['信息', 'информационных технологий', 'Information Technology'],
  ['商贸', 'торговли', 'Commerce and Trade'], ['农业', 'сельского хозяйства', 'Agriculture'], ['医药', 'медицины', 'Medicine'],
  ['旅游', 'туризма', 'Tourism'], ['铁道', 'железнодорожного транспорта', 'Railway'], ['电力', 'электроэнергетики', 'Electric Power'],
  ['化工', 'химической технологии', 'Chemical Engineering'], ['轻工', 'лёгкой промышленности', 'Light Industry'],
  ['财经', 'финансов и экономики', 'Finance and Economics'], ['航空', 'авиации', 'Aviation'], ['水利', 'водного хозяйства', 'Water Resources'],
  ['石油', 'нефтяной промышленности', 'Petroleum'], ['冰雪', 'зимних видов спорта', 'Ice and Snow Sports'], ['外语', 'иностранных языков', 'Foreign Languages'],
].map(([zh, ru, en]) => ({ zh: zh!, ru: ru!, en: en! }));

export const CHINESE_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
  '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任', '姜',
  '范', '方', '石', '姚', '谭', '廖', '邹', '熊', '金', '陆', '郝', '孔', '白', '崔', '康', '毛', '邱', '秦', '江', '史',
  '单', '欧阳', '司马', '诸葛', '上官',
];

export const CHINESE_GIVEN_CHARS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀', '霞', '平', '刚',
  '桂', '英', '华', '建', '文', '斌', '玉', '红', '志', '永', '生', '海', '雨', '哲', '博', '浩', '宇', '晓', '娟', '怡',
  '佳', '嘉', '然', '雅', '燕', '远', '申', '琪', '梓', '涵', '子', '晨', '婷', '鑫', '欣', '睿', '珺', '喆', '堃', '龑',
];

export interface RussianName {
  familyMale: string;
  familyFemale: string;
  familyZh: string;
  familyZhFemale: string;
}

export const RUSSIAN_FAMILY_NAMES: RussianName[] = [
  ['Ковалевский', 'Ковалевская', '科瓦列夫斯基', '科瓦列夫斯卡娅'], ['Петров', 'Петрова', '彼得罗夫', '彼得罗娃'],
  ['Кузнецов', 'Кузнецова', '库兹涅佐夫', '库兹涅佐娃'], ['Иванов', 'Иванова', '伊万诺夫', '伊万诺娃'],
  ['Смирнов', 'Смирнова', '斯米尔诺夫', '斯米尔诺娃'], ['Соколов', 'Соколова', '索科洛夫', '索科洛娃'],
  ['Волков', 'Волкова', '沃尔科夫', '沃尔科娃'], ['Фёдоров', 'Фёдорова', '费奥多罗夫', '费奥多罗娃'],
].map(([familyMale, familyFemale, familyZh, familyZhFemale]) => ({ familyMale: familyMale!, familyFemale: familyFemale!, familyZh: familyZh!, familyZhFemale: familyZhFemale! }));

export const RUSSIAN_GIVEN_NAMES: { cyr: string; zh: string; female: boolean; patronymic: string }[] = [
  ['Андрей', '安德烈', false, 'Андреевич'], ['Николай', '尼古拉', false, 'Николаевич'], ['Сергей', '谢尔盖', false, 'Сергеевич'],
  ['Михаил', '米哈伊尔', false, 'Михайлович'], ['Дмитрий', '德米特里', false, 'Дмитриевич'], ['Алексей', '阿列克谢', false, 'Алексеевич'],
  ['Наталья', '娜塔莉亚', true, 'Ивановна'], ['Елена', '叶莲娜', true, 'Петровна'], ['Ольга', '奥尔加', true, 'Сергеевна'],
  ['Татьяна', '塔季扬娜', true, 'Николаевна'],
].map(([cyr, zh, female, patronymic]) => ({ cyr: cyr as string, zh: zh as string, female: female as boolean, patronymic: patronymic as string }));

export const RUSSIAN_INSTITUTIONS = [
  ['俄罗斯哈巴罗夫斯克边疆区教育发展学院', 'Хабаровский краевой институт развития образования', 'Khabarovsk Krai Institute of Education Development', 'Хабаровский край'],
  ['太平洋国立大学', 'Тихоокеанский государственный университет', 'Pacific National University', 'Хабаровский край'],
  ['远东国立交通大学', 'Дальневосточный государственный университет путей сообщения', 'Far Eastern State Transport University', 'Хабаровский край'],
  ['阿穆尔建筑与公共事业学院', 'Амурский колледж строительства и жилищно-коммунального хозяйства', 'Amur College of Construction and Housing', 'Амурская область'],
  ['符拉迪沃斯托克国立大学', 'Владивостокский государственный университет', 'Vladivostok State University', 'Приморский край'],
] as const;

export const POSITIONS_LEAD = ['校长', '院长', '党委书记、院长', '董事长', '所长'];
export const POSITIONS_DEPUTY = ['副校长', '副院长', '国际合作处处长', '教务处处长', '国际交流处处长', '主任'];
