// Rules of the "header" group, in the order their findings are listed. Registered by ../registry.ts.
// They judge the header of the letter model (letter.header, read in letter/header.ts: components found, header zone, type name).
import coQuanVietHoa from '../rules/co-quan-viet-hoa';
import coQuanVietTat from '../rules/co-quan-viet-tat';
import kinhGuiNotCongVan from '../rules/kinh-gui-not-cong-van';
import kyHieuLoaiVanBan from '../rules/ky-hieu-loai-van-ban';
import missingCoQuan from '../rules/missing-co-quan';
import missingDate from '../rules/missing-date';
import missingHeader from '../rules/missing-header';
import missingQuocHieu from '../rules/missing-quoc-hieu';
import missingSo from '../rules/missing-so';
import missingTieuNgu from '../rules/missing-tieu-ngu';
import missingTrichYeu from '../rules/missing-trich-yeu';
import quocHieuSpelling from '../rules/quoc-hieu-spelling';
import tenLoaiFormat from '../rules/ten-loai-format';
import tieuNguFormat from '../rules/tieu-ngu-format';
import trichYeuAbbreviation from '../rules/trich-yeu-abbreviation';
import trichYeuPeriod from '../rules/trich-yeu-period';
import trichYeuUppercase from '../rules/trich-yeu-uppercase';
import vvFormat from '../rules/vv-format';
import vvNotCongVan from '../rules/vv-not-cong-van';
import type { Rule } from '../types';

export const HEADER_RULES: readonly Rule[] = [
	missingHeader,
	missingQuocHieu,
	quocHieuSpelling,
	missingTieuNgu,
	tieuNguFormat,
	missingCoQuan,
	coQuanVietHoa,
	coQuanVietTat,
	missingSo,
	kyHieuLoaiVanBan,
	missingDate,
	missingTrichYeu,
	vvFormat,
	vvNotCongVan,
	kinhGuiNotCongVan,
	tenLoaiFormat,
	trichYeuUppercase,
	trichYeuPeriod,
	trichYeuAbbreviation,
];
