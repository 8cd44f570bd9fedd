-- The rule sets that ship: TT 124/2021/TT-BCA (with the known QĐ 510 items) for the four kinds of
-- unit, and the TT 48/2025/TT-BCA version of each from 01/07/2025. Points, class thresholds, the
-- recognising authority after 2025 and the deadlines are unverified (DOMAIN.md §7): they are rows an
-- administrator copies, edits and activates, never code.
create function evaluation_seed_set(
    p_kind text, p_name text, p_basis text, p_from date,
    p_start text, p_end text, p_tier text, p_title text, p_rec text, p_cls text,
    p_reg_files text, p_rec_files text, p_criteria text[][]) returns bigint language plpgsql as $$
declare
    set_id bigint;
    i int;
begin
    insert into evaluation_rule_set (unit_kind, name, legal_basis, status, effective_from, period_start, period_end,
            registration_from, registration_to, authority_tier, authority_role, authority_title,
            recognition_due, classification_due, registration_files, recognition_files)
    values (p_kind, p_name, p_basis, 'ACTIVE', p_from, p_start, p_end, '01-01', '03-31', p_tier, 'LEADER', p_title,
            p_rec, p_cls, p_reg_files, p_rec_files)
    returning id into set_id;
    for i in 1 .. array_length(p_criteria, 1) loop
        insert into evaluation_criterion (rule_set_id, position, code, text, kind, source, comparison, threshold, points, required)
        values (set_id, i, p_criteria[i][1], p_criteria[i][2], p_criteria[i][3], nullif(p_criteria[i][4], ''),
                nullif(p_criteria[i][5], ''), nullif(p_criteria[i][6], '')::numeric, p_criteria[i][7]::int,
                p_criteria[i][8]::boolean);
    end loop;
    insert into evaluation_class_threshold (rule_set_id, class_code, min_points) values
        (set_id, 'XUAT_SAC', 90), (set_id, 'KHA', 70), (set_id, 'TRUNG_BINH', 50), (set_id, 'YEU', 0);
    return set_id;
end $$;

do $$
declare
    tt124 constant text := 'Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an; Quyết định số 510/QĐ-BCA-V05 ngày 20/01/2022';
    tt48 constant text := 'Thông tư số 124/2021/TT-BCA, sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA; Quyết định số 510/QĐ-BCA-V05';
    reg_files constant text := 'Nghị quyết; Kế hoạch; Bản đăng ký';
    rec_files constant text := 'Tờ trình; Báo cáo kết quả; Biên bản họp đánh giá';
    kdc text[][] := array[
        ['KDC1', 'Trong quý I, chi bộ có nghị quyết, khu dân cư có đăng ký và 100% hộ gia đình đăng ký thực hiện tiêu chuẩn “An toàn về an ninh, trật tự”', 'YES_NO', 'REGISTERED_IN_Q1', '', '', '15', 'true'],
        ['KDC2', 'Chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước được triển khai, thực hiện nghiêm túc', 'YES_NO', 'PLAN_ISSUED', '', '', '15', 'true'],
        ['KDC3', 'Không xảy ra các vụ việc về an ninh quốc gia theo danh mục của Thông tư', 'YES_NO', '', '', '', '20', 'true'],
        ['KDC4', 'Số vụ tội phạm nghiêm trọng trở lên, cháy nổ nghiêm trọng, tai nạn lao động chết người xảy ra trong kỳ (tội phạm, tệ nạn xã hội không tăng so với năm trước)', 'NUMBER', '', 'LE', '0', '20', 'true'],
        ['KDC5', 'Lực lượng nòng cốt ở cơ sở được đánh giá “Hoàn thành nhiệm vụ” trở lên', 'YES_NO', '', '', '', '15', 'true'],
        ['Q510_NGAYHOI', 'Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”', 'DERIVED', 'FESTIVAL_HELD', 'GE', '1', '10', 'false'],
        ['Q510_BAOCAO', 'Báo cáo kết quả Ngày hội được cấp trên tiếp nhận', 'DERIVED', 'REPORT_ACCEPTED', 'GE', '1', '5', 'false']];
    commune text[][] := array[
        ['XA1', 'Trong quý I có nghị quyết của cấp ủy, kế hoạch và đăng ký thực hiện tiêu chuẩn “An toàn về an ninh, trật tự”', 'YES_NO', 'REGISTERED_IN_Q1', '', '', '10', 'true'],
        ['XA2', 'Số mô hình tự quản về an ninh, trật tự hoạt động hiệu quả (ít nhất 01)', 'NUMBER', 'MODELS_LAUNCHED', 'GE', '1', '10', 'true'],
        ['XA3', 'Đạt các tiêu chí 2, 3, 4 của khu dân cư trên địa bàn', 'YES_NO', '', '', '', '20', 'true'],
        ['XA4', 'Công an xã tham mưu tốt, không có cán bộ bị xử lý kỷ luật', 'YES_NO', '', '', '', '10', 'true'],
        ['XA5', '100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn đăng ký', 'DERIVED', 'SUBUNITS_REGISTERED_PCT', 'GE', '100', '10', 'true'],
        ['XA6', 'Ít nhất 70% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn được công nhận', 'DERIVED', 'SUBUNITS_RECOGNISED_PCT', 'GE', '70', '15', 'true'],
        ['Q510_KEHOACH', 'Ban hành kế hoạch tổ chức Ngày hội', 'DERIVED', 'PLAN_ISSUED', 'GE', '1', '5', 'false'],
        ['Q510_NGAYHOI', 'Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”', 'DERIVED', 'FESTIVAL_HELD', 'GE', '1', '10', 'false'],
        ['Q510_BAOCAO', 'Báo cáo kết quả Ngày hội được cấp trên tiếp nhận', 'DERIVED', 'REPORT_ACCEPTED', 'GE', '1', '10', 'false']];
    agency text[][] := array[
        ['CQ1', 'Trong quý I có nghị quyết hoặc kế hoạch, có sơ kết, tổng kết, báo cáo và đăng ký thực hiện tiêu chuẩn “An toàn về an ninh, trật tự”', 'YES_NO', 'REGISTERED_IN_Q1', '', '', '3', 'true'],
        ['CQ2', 'Có nội quy, quy chế bảo vệ cơ quan, doanh nghiệp', 'YES_NO', '', '', '', '18', 'true'],
        ['CQ3', 'Tỉ lệ cán bộ, nhân viên được phổ biến, quán triệt (%)', 'NUMBER', '', 'GE', '100', '15', 'true'],
        ['CQ4', 'Số mô hình về an ninh, trật tự hoạt động hiệu quả (ít nhất 01)', 'NUMBER', 'MODELS_LAUNCHED', 'GE', '1', '15', 'true'],
        ['CQ5', 'Không xảy ra đình công trái pháp luật, lộ, lọt bí mật nhà nước và các vụ việc khác theo danh mục của Thông tư', 'YES_NO', '', '', '', '20', 'true'],
        ['CQ6', 'Lực lượng bảo vệ được đánh giá hoàn thành tốt nhiệm vụ', 'YES_NO', '', '', '', '10', 'true'],
        ['CQ7', 'Ít nhất 70% đơn vị trực thuộc đạt danh hiệu “tiên tiến”', 'YES_NO', '', '', '', '10', 'true'],
        ['Q510_TUYENTRUYEN', 'Tuyên truyền thu hút từ 90% cán bộ, nhân viên trở lên (%)', 'NUMBER', '', 'GE', '90', '3', 'false'],
        ['Q510_NGAYHOI', 'Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”', 'DERIVED', 'FESTIVAL_HELD', 'GE', '1', '5', 'false'],
        ['Q510_PHOIHOP', 'Có quy chế hoặc kế hoạch phối hợp với Công an địa phương', 'YES_NO', '', '', '', '1', 'false']];
    school text[][];
begin
    school := agency;
    school[5][2] := 'Không xảy ra bạo lực học đường, lộ, lọt bí mật nhà nước và các vụ việc khác theo danh mục của Thông tư';
    school[2][2] := 'Có nội quy, quy chế bảo đảm an ninh, trật tự trường học';
    perform evaluation_seed_set('KDC', 'Khu dân cư “An toàn về ANTT” (TT 124/2021)', tt124, date '2022-02-15',
        '11-01', '10-31', 'COMMUNE', 'Chủ tịch Ủy ban nhân dân cấp xã', '11-14', '11-19', reg_files, rec_files, kdc);
    perform evaluation_seed_set('COMMUNE', 'Xã, phường, thị trấn “An toàn về ANTT” (TT 124/2021)', tt124, date '2022-02-15',
        '11-16', '11-15', 'DISTRICT', 'Chủ tịch Ủy ban nhân dân cấp huyện', '11-19', '11-29', reg_files, rec_files, commune);
    perform evaluation_seed_set('AGENCY', 'Cơ quan, doanh nghiệp “An toàn về ANTT” (TT 124/2021)', tt124, date '2022-02-15',
        '11-16', '11-15', 'DISTRICT', 'Chủ tịch Ủy ban nhân dân cấp huyện', '11-19', '11-29', reg_files, rec_files, agency);
    perform evaluation_seed_set('SCHOOL', 'Cơ sở giáo dục “An toàn về ANTT” (TT 124/2021)', tt124, date '2022-02-15',
        '11-16', '11-15', 'DISTRICT', 'Chủ tịch Ủy ban nhân dân cấp huyện', '11-19', '11-29', reg_files, rec_files, school);
    -- TT 48/2025: no district level; communes are recognised by the province, units by their commune
    -- (or the province for units under it), each as the province decides: data to edit
    perform evaluation_seed_set('KDC', 'Khu dân cư “An toàn về ANTT” (TT 48/2025)', tt48, date '2025-07-01',
        '11-01', '10-31', 'COMMUNE', 'Chủ tịch Ủy ban nhân dân cấp xã', '11-14', '11-19', reg_files, rec_files, kdc);
    perform evaluation_seed_set('COMMUNE', 'Xã, phường, đặc khu “An toàn về ANTT” (TT 48/2025)', tt48, date '2025-07-01',
        '11-16', '11-15', 'PROVINCE', 'Chủ tịch Ủy ban nhân dân cấp tỉnh', '11-19', '11-29', reg_files, rec_files, commune);
    perform evaluation_seed_set('AGENCY', 'Cơ quan, doanh nghiệp “An toàn về ANTT” (TT 48/2025)', tt48, date '2025-07-01',
        '11-16', '11-15', 'COMMUNE', 'Chủ tịch Ủy ban nhân dân cấp xã', '11-19', '11-29', reg_files, rec_files, agency);
    perform evaluation_seed_set('SCHOOL', 'Cơ sở giáo dục “An toàn về ANTT” (TT 48/2025)', tt48, date '2025-07-01',
        '11-16', '11-15', 'COMMUNE', 'Chủ tịch Ủy ban nhân dân cấp xã', '11-19', '11-29', reg_files, rec_files, school);
end $$;

drop function evaluation_seed_set(text, text, text, date, text, text, text, text, text, text, text, text, text[][]);
