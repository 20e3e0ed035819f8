"""The WeChat face: the official account's callback (/wechat) and WeChat Pay's transfer notify."""
