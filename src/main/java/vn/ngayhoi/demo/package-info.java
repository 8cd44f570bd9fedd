/**
 * The demo scenario: huyện Quan Sơn (Thanh Hóa) in 2022, its steering committee, departments,
 * residential areas and one account per role. Loaded only on a new embedded database.
 */
@ApplicationModule(displayName = "Dữ liệu trình diễn")
package vn.ngayhoi.demo;

import org.springframework.modulith.ApplicationModule;
