/**
 * The paste recogniser on real-shaped address lines: every field exact, including the ones that must
 * come back empty, and lines that must not be mis-split (digits in the detail, 2- and 4-character and
 * compound-surname names, street names that are also region names).
 */
import { areaList } from '@vant/area-data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildRegionIndex, isMunicipality, isPlaceholderCity } from '../../../cloudfunctions/domain/address/region'
import { recogniseAddress, type RecognisedAddress } from '../../../cloudfunctions/domain/address/recognise'

const index = buildRegionIndex(areaList)

type Row = [line: string, name: string, phone: string, province: string, city: string, district: string, detail: string, postcode?: string]

const GD = ['广东省', '深圳市', '南山区'] as const

// prettier-ignore
const TABLE: Row[] = [
  // The shape in the issue, and its separators and labels.
  ['张三 13800138000 广东省深圳市南山区科技园路1号', '张三', '13800138000', ...GD, '科技园路1号'],
  ['张三13800138000广东省深圳市南山区科技园路1号', '张三', '13800138000', ...GD, '科技园路1号'],
  ['收货人: 李四 手机号: 139-1234-5678 所在地区: 浙江省杭州市西湖区 详细地址: 文三路 90 号 东部软件园 3 号楼', '李四', '13912345678', '浙江省', '杭州市', '西湖区', '文三路 90 号 东部软件园 3 号楼'],
  ['收件人：马丽 联系电话：010 8888 6666 地址：北京市东城区东长安街1号', '马丽', '010-88886666', '北京市', '北京市', '东城区', '东长安街1号'],
  ['林晶,13800138000,江苏省,苏州市,工业园区,星湖街328号', '林晶', '13800138000', '江苏省', '苏州市', '工业园区', '星湖街328号'],
  ['林晶、13800138000、广东省、深圳市、南山区、科技园路1号', '林晶', '13800138000', ...GD, '科技园路1号'],
  ['收货人张三\n手机号码13800138000\n所在地区广东省深圳市南山区\n详细地址科技园路1号', '张三', '13800138000', ...GD, '科技园路1号'],
  ['姓名 张三 电话 138 0013 8000 地址 广东省深圳市南山区科技园路1号', '张三', '13800138000', ...GD, '科技园路1号'],
  // Phone shapes: +86, 86-, 0086, spaces, dashes, landlines with and without a dash.
  ['王五，+86 137 1234 5678，北京市朝阳区建国路88号SOHO现代城A座1201', '王五', '13712345678', '北京市', '北京市', '朝阳区', '建国路88号SOHO现代城A座1201'],
  ['上海市徐汇区漕溪北路1号 钱七 86-13912345678', '钱七', '13912345678', '上海市', '上海市', '徐汇区', '漕溪北路1号'],
  ['0086 13800138000 上官婉儿 海南省琼海市嘉积镇银海路2号', '上官婉儿', '13800138000', '海南省', '省直辖县', '琼海市', '嘉积镇银海路2号'],
  ['深圳市福田区福华三路 陈一 0755-86000000', '陈一', '0755-86000000', '广东省', '深圳市', '福田区', '福华三路'],
  ['电话：(0755) 8600 0000 收货人：诸葛亮 广东省广州市天河区中山大道西1号', '诸葛亮', '0755-86000000', '广东省', '广州市', '天河区', '中山大道西1号'],
  ['刘洋 02088886666 广东省广州市越秀区北京路1号', '刘洋', '020-88886666', '广东省', '广州市', '越秀区', '北京路1号'],
  // Municipalities, written every way people write them.
  ['北京 北京市 海淀区 中关村大街27号 赵六 18612345678', '赵六', '18612345678', '北京市', '北京市', '海淀区', '中关村大街27号'],
  ['重庆 渝中区 解放碑民权路28号 孙八 15012345678', '孙八', '15012345678', '重庆市', '重庆市', '渝中区', '解放碑民权路28号'],
  ['天津市滨海新区第三大街 林晶 13800003333', '林晶', '13800003333', '天津市', '天津市', '滨海新区', '第三大街'],
  ['上海市上海市浦东新区世纪大道100号 陆佳 13800138011', '陆佳', '13800138011', '上海市', '上海市', '浦东新区', '世纪大道100号'],
  ['重庆市城口县葛城街道 何川 13800138012', '何川', '13800138012', '重庆市', '县', '城口县', '葛城街道'],
  // Autonomous regions, prefectures, leagues, districts (地区).
  ['内蒙古呼和浩特市新城区新华大街 周九 13312345678', '周九', '13312345678', '内蒙古自治区', '呼和浩特市', '新城区', '新华大街'],
  ['广西南宁市青秀区民族大道100号 吴十 13412345678', '吴十', '13412345678', '广西壮族自治区', '南宁市', '青秀区', '民族大道100号'],
  ['西藏拉萨市城关区北京中路 司马相如 13612345678', '司马相如', '13612345678', '西藏自治区', '拉萨市', '城关区', '北京中路'],
  ['宁夏银川市兴庆区解放西街 迪丽热巴·迪力木拉提 17712345678', '迪丽热巴·迪力木拉提', '17712345678', '宁夏回族自治区', '银川市', '兴庆区', '解放西街'],
  ['欧阳娜娜 13512345678 新疆乌鲁木齐市天山区解放北路 830000', '欧阳娜娜', '13512345678', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '解放北路', '830000'],
  ['湖北恩施州利川市都亭街道 王小明 19912345678', '王小明', '19912345678', '湖北省', '恩施土家族苗族自治州', '利川市', '都亭街道'],
  ['四川省阿坝州汶川县威州镇 杨阿坝 13800138007', '杨阿坝', '13800138007', '四川省', '阿坝藏族羌族自治州', '汶川县', '威州镇'],
  ['云南大理州大理市下关镇 段誉 13800138008', '段誉', '13800138008', '云南省', '大理白族自治州', '大理市', '下关镇'],
  ['内蒙古锡林郭勒盟锡林浩特市额尔敦路 巴特尔 13800138002', '巴特尔', '13800138002', '内蒙古自治区', '锡林郭勒盟', '锡林浩特市', '额尔敦路'],
  ['新疆阿克苏地区阿克苏市解放南路 艾力 13800138003', '艾力', '13800138003', '新疆维吾尔自治区', '阿克苏地区', '阿克苏市', '解放南路'],
  ['新疆石河子市北四路 王强 13800138001', '王强', '13800138001', '新疆维吾尔自治区', '自治区直辖县级行政区划', '石河子市', '北四路'],
  ['甘肃省临夏回族自治州临夏市团结路 马成 13800138013', '马成', '13800138013', '甘肃省', '临夏回族自治州', '临夏市', '团结路'],
  // Provinces without 省, cities without 市, county-level cities filed under 省直辖县.
  ['浙江 杭州 西湖区 文三路90号 钱多多 13800138006', '钱多多', '13800138006', '浙江省', '杭州市', '西湖区', '文三路90号'],
  ['广东深圳南山粤海街道 刘二 13800001111', '刘二', '13800001111', ...GD, '粤海街道'],
  ['湖北省仙桃市沙嘴街道 张伟 13800004444', '张伟', '13800004444', '湖北省', '省直辖县', '仙桃市', '沙嘴街道'],
  ['河南省济源市 天坛路 张济 13800138010', '张济', '13800138010', '河南省', '省直辖县', '济源市', '天坛路'],
  ['吉林市船营区解放路 李娜 13800005555', '李娜', '13800005555', '吉林省', '吉林市', '船营区', '解放路'],
  ['广东省 东莞市 虎门镇 连升路 黎小东 13800138009', '黎小东', '13800138009', '广东省', '东莞市', '虎门镇', '连升路'],
  // Hong Kong, Macao, Taiwan (the dataset has them).
  ['香港九龙油尖旺区弥敦道100号 黄三 13800002222', '黄三', '13800002222', '香港特别行政区', '九龙', '油尖旺区', '弥敦道100号'],
  ['澳门特别行政区澳门半岛 花地玛堂区 罗理基博士大马路 何伟 13800138004', '何伟', '13800138004', '澳门特别行政区', '澳门半岛', '花地玛堂区', '罗理基博士大马路'],
  ['台湾省台北市信义区信义路五段7号 李台 13800138005', '李台', '13800138005', '台湾省', '台北市', '信义区', '信义路五段7号'],
  // Must not be mis-split: streets named after places, digits in the detail, names after the address.
  ['中山市石岐街道中山路1号 杨洋 13800007777', '杨洋', '13800007777', '广东省', '中山市', '石岐街道', '中山路1号'],
  ['江西省南昌市东湖区江西路 何静 13800008888', '何静', '13800008888', '江西省', '南昌市', '东湖区', '江西路'],
  ['深圳市南山大道1001号 张三', '张三', '', '广东省', '深圳市', '', '南山大道1001号'],
  ['广东省深圳市南山区科技园路1号 2栋 301 林晶 13800138000', '林晶', '13800138000', ...GD, '科技园路1号 2栋 301'],
  ['广东省深圳市南山区 科兴科学园A栋1901室 518057 林晶 13800138000', '林晶', '13800138000', ...GD, '科兴科学园A栋1901室', '518057'],
  ['林晶 13800138000 广东省深圳市南山区海岸城', '林晶', '13800138000', ...GD, '海岸城'],
  ['张家口市桥东区胜利北路 王芳 13800006666', '王芳', '13800006666', '河北省', '张家口市', '桥东区', '胜利北路'],
  // Nothing region-shaped: the name and phone still come out, the rest is the detail.
  ['张三 13800138000 幸福小区3栋502', '张三', '13800138000', '', '', '', '幸福小区3栋502'],
]

function fields(row: Row): RecognisedAddress {
  const [, name, phone, province, city, district, detail, postcode = ''] = row
  return { name, phone, postcode, province, city, district, detail }
}

describe('the address paste recogniser', () => {
  it('has a table of at least 30 real-shaped lines', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30)
  })

  for (const row of TABLE) {
    it(`reads ${JSON.stringify(row[0])}`, () => {
      expect(recogniseAddress(row[0], index)).toEqual(fields(row))
    })
  }

  it('finds every district of the dataset, written in full or short, with the city left out where people leave it out', () => {
    const wrong: string[] = []
    for (const p of index.provinces) {
      for (const c of p.children) {
        const impliedCity = isPlaceholderCity(c) || isMunicipality(p)
        for (const d of c.children) {
          const lines = [
            `林晶 13800138000 ${p.name}${impliedCity ? '' : c.name}${d.name}幸福路8号`,
            `${p.short} ${impliedCity ? '' : c.short} ${d.name} 幸福路8号 林晶 13800138000`,
          ]
          for (const line of lines) {
            const got = recogniseAddress(line, index)
            const expected = { name: '林晶', phone: '13800138000', postcode: '', province: p.name, city: c.name, district: d.name, detail: '幸福路8号' }
            if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${line} → ${JSON.stringify(got)}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('takes any mobile number however it is spaced or prefixed, and keeps the rest intact', () => {
    const mobile = fc.tuple(fc.constantFrom(...'3456789'), fc.stringMatching(/^\d{9}$/)).map(([second, rest]) => `1${second}${rest}`)
    const spaced = fc.tuple(mobile, fc.constantFrom('', '+86 ', '86-', '+86-', '0086 '), fc.constantFrom('', ' ', '-')).map(([m, prefix, sep]) => ({
      digits: m,
      typed: `${prefix}${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`,
    }))
    const name = fc.constantFrom('张三', '欧阳娜娜', '诸葛亮', '林晶', '上官婉儿')
    fc.assert(
      fc.property(spaced, name, fc.constantFrom(' ', '，', ',', '、', '\n'), (phone, who, sep) => {
        const got = recogniseAddress([who, phone.typed, '广东省深圳市南山区科技园路1号'].join(sep), index)
        expect(got).toEqual({ name: who, phone: phone.digits, postcode: '', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路1号' })
      }),
      { numRuns: 200 },
    )
  })

  it('never throws and never makes up a region the dataset lacks, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const got = recogniseAddress(text, index)
        if (got.province) expect(index.provinces.some((p) => p.name === got.province)).toBe(true)
        if (got.phone) expect(got.phone).toMatch(/^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/)
        expect(got.detail.length).toBeLessThanOrEqual(120)
      }),
      { numRuns: 300 },
    )
  })
})
