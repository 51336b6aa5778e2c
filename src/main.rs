fn main() {
    target_umkm::start();
}
