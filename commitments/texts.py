"""The three kinds of letter and their demo texts (POLICY §6; seeds 000 and 004). A region publishes its
own wording as a new template version; these are what ``publish_demo_templates`` seeds."""

from __future__ import annotations

# kind → (who signs it, the letter's title)
KINDS: dict[str, str] = {
    "practitioner": "医保医师/药师/护士《信用承诺书》",
    "institution": "《维护医保基金安全信用承诺书》",
    "enterprise": "《医药企业价格和营销行为信用承诺书》",
}
# The roster's signer kinds and the letter kind each signs.
SIGNER_KINDS: dict[str, str] = {
    "practitioner": "医保医师、药师、护士",
    "principal": "定点医药机构主要负责人",
    "legal_rep": "医药企业法定代表人",
}
LETTER_OF_SIGNER = {"practitioner": "practitioner", "principal": "institution", "legal_rep": "enterprise"}

DEMO_TEXTS: dict[str, tuple[str, str]] = {
    "practitioner": (
        "信用承诺书",
        "本人作为医保医师（药师、护士），自愿作出如下承诺：\n"
        "一、严格遵守《医疗保障基金使用监督管理条例》和医保服务协议，依法依规提供医药服务。\n"
        "二、认真核验参保人身份，落实实名就医，不为冒名就医者提供服务。\n"
        "三、坚持合理诊疗、合理检查、合理用药、合理收费，不过度诊疗、不过度检查。\n"
        "四、不分解住院、不挂床住院，不虚构医药服务项目。\n"
        "五、不串换药品、医用耗材、诊疗项目和服务设施。\n"
        "六、不伪造、变造医学文书、医学证明、会计凭证、电子信息等有关资料。\n"
        "七、不诱导、协助他人冒名或者虚假就医、购药。\n"
        "八、不收受回扣，不倒卖医保药品。\n"
        "九、自觉接受医疗保障部门的监督检查和医保医师（药师）诚信积分管理。\n"
        "如违反上述承诺，本人自愿接受服务协议约定的处理和相关法律法规规定的惩戒。",
    ),
    "institution": (
        "维护医保基金安全信用承诺书",
        "本机构作为定点医药机构，由主要负责人代表本机构作出如下承诺：\n"
        "一、严格履行医保服务协议，建立健全医保基金使用内部管理制度。\n"
        "二、落实实名就医购药，核验参保人身份，杜绝冒名就医购药。\n"
        "三、不分解住院、挂床住院，不虚构医药服务，不过度诊疗。\n"
        "四、不串换项目，不伪造医学文书和票据，不虚开费用。\n"
        "五、不以返还现金、实物等方式诱导参保人就医购药。\n"
        "六、如实上传医保结算数据，主动配合监督检查，对发现的问题及时整改。\n"
        "如有违反，本机构自愿接受协议处理、信用惩戒和依法依规的处罚。",
    ),
    "enterprise": (
        "医药企业价格和营销行为信用承诺书",
        "本企业（统一社会信用代码见签署信息）郑重承诺：\n"
        "一、遵守价格法律法规，公平、合理、诚实守信地制定和申报医药产品价格，不哄抬价格、不价格欺诈。\n"
        "二、不以给予回扣、提供赞助等方式开展不正当营销，不实施商业贿赂。\n"
        "三、不垄断或操纵市场价格，不串通投标、不虚假申报。\n"
        "四、按照医药价格和招采信用评价制度如实报告失信情况，配合调查，及时修复。\n"
        "如违反本承诺，本企业自愿接受信用评级、限制挂网、暂停采购资格等处置措施。",
    ),
}
