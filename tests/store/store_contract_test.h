#pragma once

#include <functional>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "store/store.h"
#include "support/temp_dir.h"

namespace rauch::store {

// Makes an empty store whose files (if any) live in `dir`.
struct StoreFactory {
  std::string name;
  std::function<std::unique_ptr<Store>(const std::string& dir)> make;
};

class StoreContract : public ::testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override {
    store_ = GetParam().make(dir_.path());
    ASSERT_NE(store_, nullptr) << "could not create a " << GetParam().name << " store";
  }
  Store& store() { return *store_; }

 private:
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace rauch::store
