/**
 * Server keys of the shop side: cart, address book, catalogue, checkout, stock, price lines and the
 * input checks of the contracts (zod messages are keys too; dispatch sends them as details[].message).
 */
export const zhShop = {
  'error.input.phone': '手机号或座机号格式不正确',
  'error.input.priceAboveZero': '价格必须大于 0',
  'error.input.imageRequired': '至少需要一张图片',
  'error.input.skuRequired': '至少需要一个规格',
  'error.input.skuNamesDuplicate': '规格名称重复',
  'error.input.uniqueOneSku': '孤品只能有一个规格且库存不超过 1',
  'error.input.media': '请上传图片或视频文件',
  'error.input.carrierCode': '请选择支持的快递公司（顺丰、圆通、中通、韵达、申通、京东、EMS、邮政、极兔、德邦）',
  'error.input.waybillNo': '运单号应为 4–40 位字母、数字或 -',

  'error.product.foreignSku': '规格不属于该商品',
  'error.product.unknownCategory': '分类不存在',
  'error.category.notEmpty': '分类下还有商品，不能删除',
  'error.address.bookFull': '最多保存 {max} 个地址',
  'error.checkout.nothingSelected': '请先选择要结算的商品',
  'error.checkout.unlisted': '「{title}」已下架',


  'price.kind.item': '商品',
  'price.kind.member': '会员优惠',
  'price.kind.campaign': '活动优惠',
  'price.kind.fullReduction': '满减',
  'price.kind.coupon': '优惠券',
  'price.kind.points': '积分抵扣',
  'price.kind.shipping': '运费',
  'price.item': '{title} {skuName} × {quantity}',
  'price.capped': '已按商品金额封顶',
  'price.shipping.free': '满 ¥{freeOver} 包邮',
  'price.shipping.flat': '未满 ¥{freeOver}，运费 ¥{fee}',
  'price.shipping.waived': '本单免运费',
}

export const enShop: Record<keyof typeof zhShop, string> = {
  'error.input.phone': 'Not a valid phone number',
  'error.input.priceAboveZero': 'The price must be above 0',
  'error.input.imageRequired': 'At least one image is needed',
  'error.input.skuRequired': 'At least one SKU is needed',
  'error.input.skuNamesDuplicate': 'Duplicate SKU names',
  'error.input.uniqueOneSku': 'A unique piece has one SKU with stock ≤ 1',
  'error.input.media': 'Upload an image or video file',
  'error.input.carrierCode': 'Choose a supported carrier (SF, YTO, ZTO, Yunda, STO, JD, EMS, China Post, J&T, Deppon)',
  'error.input.waybillNo': 'Waybill no.: 4–40 letters, digits or -',

  'error.product.foreignSku': 'That SKU belongs to another product',
  'error.product.unknownCategory': 'Unknown category',
  'error.category.notEmpty': 'The category still has products and cannot be deleted',
  'error.address.bookFull': 'At most {max} addresses can be saved',
  'error.checkout.nothingSelected': 'Select something to check out first',
  'error.checkout.unlisted': '“{title}” is no longer listed',


  'price.kind.item': 'Goods',
  'price.kind.member': 'Member discount',
  'price.kind.campaign': 'Campaign discount',
  'price.kind.fullReduction': 'Spend-and-save',
  'price.kind.coupon': 'Coupon',
  'price.kind.points': 'Points',
  'price.kind.shipping': 'Shipping',
  'price.item': '{title} {skuName} × {quantity}',
  'price.capped': 'capped at the goods amount',
  'price.shipping.free': 'Free shipping over ¥{freeOver}',
  'price.shipping.flat': 'Under ¥{freeOver}: ¥{fee} shipping',
  'price.shipping.waived': 'Shipping waived for this order',
}
